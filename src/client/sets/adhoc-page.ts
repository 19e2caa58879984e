/**
 * An ad-hoc set's page (`/sets/?cases=a,b,c`): the agenda from `/cases.json` in the order of the
 * link, links to its presentation and handouts, and the YAML to keep it in `content/sets/`.
 * The same markup as a committed set's page (src/components/SetAgenda.astro).
 */
import type { Feed } from '../../../schemas/feed.ts';
import { casesQuery, clock, defaultCaseMinutes, setYaml, timePlan } from '../../lib/set-plan.ts';
import { pageContext } from './fetch-pages.ts';

const el = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<HTMLElementTagNameMap[K]> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] => {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
};

export async function showAdhocSet(): Promise<void> {
	const { urls, lang, ids } = pageContext();
	const root = document.querySelector<HTMLElement>('.adhoc-set')!;
	const labels = root.dataset;
	let feed: Feed | undefined;
	try {
		feed = (await (await fetch(urls.asset('cases.json'))).json()) as Feed;
	} catch {
		feed = undefined;
	}
	const byId = new Map(feed?.cases.map((c) => [c.id, c]));
	const cases = ids.flatMap((id) => {
		const c = byId.get(id);
		return c ? [{ id, title: c.title, minutes: defaultCaseMinutes }] : [];
	});
	document.querySelector('.sets-index')!.setAttribute('hidden', '');
	root.hidden = false;
	if (!cases.length) {
		root.append(el('h1', { textContent: labels.title }), el('p', { textContent: labels.failed }));
		return;
	}
	const query = casesQuery(cases.map((c) => c.id));
	const link = (view: string, text: string, secondary = true) =>
		el('a', {
			href: `${urls.page(`sets/${view}`, lang)}${query}`,
			className: secondary ? 'button secondary' : 'button',
			textContent: text,
		});
	const rows = timePlan(cases).map((c) =>
		el(
			'tr',
			{},
			el('td', { className: 'set-time', textContent: `${clock(c.start)}–${clock(c.end)}` }),
			el('td', {}, el('a', { href: urls.caseUrl(c.id, lang), textContent: c.title })),
			el('td', { textContent: String(c.minutes) }),
		),
	);
	const yaml = setYaml(cases, labels.placeholder ?? '');
	const code = el('textarea', {
		readOnly: true,
		rows: Math.min(20, yaml.split('\n').length),
		value: yaml,
		id: 'set-yaml',
	});
	const copy = el('button', { type: 'button', className: 'secondary', textContent: labels.copy });
	copy.onclick = () =>
		navigator.clipboard.writeText(yaml).then(
			() => (copy.textContent = labels.copied ?? ''),
			() => code.select(),
		);
	const here = `${location.origin}${urls.setsIndex(lang)}${query}`;
	root.append(
		el('h1', { textContent: labels.title }),
		el(
			'p',
			{ className: 'set-actions' },
			link('present/', labels.present ?? '', false),
			' ',
			link('handout/', labels.handout ?? ''),
			' ',
			link('handout/trainer/', labels.handoutTrainer ?? ''),
		),
		el('p', {}, `${labels.link} `, el('a', { href: here, textContent: decodeURI(here) })),
		el('h2', { textContent: labels.agenda }),
		el(
			'table',
			{ className: 'set-agenda' },
			el(
				'thead',
				{},
				el(
					'tr',
					{},
					...[labels.time, labels.case, labels.minutes].map((text) =>
						el('th', { scope: 'col', textContent: text }),
					),
				),
			),
			el('tbody', {}, ...rows),
		),
		el('h2', { textContent: labels.yaml }),
		el('p', { textContent: labels.yamlHint }),
		el('label', { htmlFor: 'set-yaml', className: 'visually-hidden', textContent: labels.yaml }),
		code,
		el('p', {}, copy),
	);
}

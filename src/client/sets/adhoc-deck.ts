/**
 * An ad-hoc set's presentation, built in the browser: the agenda, then per case a divider and
 * the case's own slides (fetched from `/cases/<id>/present/`) in class order, the last leading
 * to the next case. The same shape as a committed set's deck (src/components/SetDeck.astro).
 */
import { classOrder, type SlideGroup } from '../../lib/class-order.ts';
import { clock, defaultCaseMinutes, timePlan } from '../../lib/set-plan.ts';
import { adopt, fetchPage, pageContext } from './fetch-pages.ts';

const fill = (template: string, params: Record<string, string | number>) =>
	template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

function section(className: string, attrs: Record<string, string>): HTMLElement {
	const el = document.createElement('section');
	el.className = `slide ${className}`.trim();
	el.dataset.group = 'opening';
	el.setAttribute(
		'aria-roledescription',
		document.querySelector('.slide')?.getAttribute('aria-roledescription') ?? '',
	);
	for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
	return el;
}
const element = (tag: string, text: string, className = '') =>
	Object.assign(document.createElement(tag), { textContent: text, className });

export async function fillAdhocDeck(deck: HTMLElement): Promise<void> {
	const { urls, lang, ids } = pageContext();
	const labels = deck.dataset;
	const pages = await Promise.all(ids.map((id) => fetchPage(`${urls.caseUrl(id, lang)}present/`)));
	const found = ids.flatMap((id, i) => {
		const page = pages[i];
		const slides = page ? [...page.querySelectorAll<HTMLElement>('.slide')] : [];
		const title = page?.querySelector('.title-slide h1')?.textContent ?? '';
		return slides.length ? [{ id, title, slides, minutes: defaultCaseMinutes }] : [];
	});
	const plan = timePlan(found);
	if (!plan.length) {
		const empty = section('', {});
		empty.append(element('h2', labels.failed ?? ''));
		deck.append(empty);
		return;
	}
	const agenda = section('agenda-slide', { 'data-name': 'agenda' });
	const list = document.createElement('ol');
	for (const c of plan) {
		const item = document.createElement('li');
		item.append(element('span', `${clock(c.start)}–${clock(c.end)}`, 'set-time'), ` ${c.title}`);
		list.append(item);
	}
	agenda.append(element('h2', labels.agenda ?? ''), list);
	deck.append(agenda);
	plan.forEach((c, i) => {
		const divider = section('divider-slide', {
			'data-name': `case-${i + 1}`,
			'data-case': c.id,
			'data-start': String(c.start),
			'data-end': String(c.end),
		});
		divider.append(
			element(
				'p',
				`${fill(labels.caseOf ?? '', { i: i + 1, n: plan.length })} · ${clock(c.start)}–${clock(c.end)}`,
				'divider-count',
			),
			element('h1', c.title),
		);
		deck.append(divider);
		const ordered = classOrder(
			c.slides.map((el) => ({ el, group: el.dataset.group as SlideGroup })),
		);
		ordered.forEach(({ el }, j) => {
			const slide = adopt(el);
			slide.removeAttribute('id');
			slide.dataset.case = c.id;
			// A case's own title is a second-level heading here: the divider holds the h1.
			const h1 = slide.querySelector('h1');
			if (h1) h1.replaceWith(element('h2', h1.textContent ?? ''));
			const next = plan[i + 1];
			if (j === ordered.length - 1 && next) {
				const link = Object.assign(document.createElement('a'), {
					href: `#case-${i + 2}`,
					textContent: `${labels.nextCase} ${next.title} →`,
				});
				const p = element('p', '', 'next-case');
				p.append(link);
				slide.append(p);
			}
			deck.append(slide);
		});
	});
}

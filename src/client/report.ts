/**
 * The report form (`/report/?case=<id>#<section>`), loaded on that page only: names the case and
 * its sections (read from the case's own page, on this site), preselects the section the reader
 * came from, and on sending opens the pre-filled issue or e-mail: a navigation, never a fetch
 * to another site.
 */
import { createUrls } from '../lib/urls.ts';
import { reportUrl, type ReportTarget } from '../lib/repository.ts';
import { defaultLocale, isLocale } from '../../schemas/locales.ts';

/** Longer addresses are refused by GitHub (HTTP 414) and by some mail programs. */
const maxUrlLength = 7000;

type Words = Record<
	| 'subject'
	| 'case'
	| 'page'
	| 'section'
	| 'wrong'
	| 'suggested'
	| 'whole'
	| 'empty'
	| 'tooLong'
	| 'noCase'
	| 'colon'
	| 'about',
	string
>;

export function startReportForm(): void {
	const form = document.getElementById('report-form') as HTMLFormElement | null;
	if (!form) return;
	// Rendered hidden: without this script the form cannot send, so only the plain links show.
	form.hidden = false;
	const root = document.documentElement;
	const lang = isLocale(root.dataset.lang) ? root.dataset.lang : defaultLocale;
	const urls = createUrls(
		root.dataset.base ?? '/',
		isLocale(root.dataset.defaultLang) ? root.dataset.defaultLang : defaultLocale,
	);
	const targets = JSON.parse(form.dataset.targets!) as ReportTarget[];
	const words = JSON.parse(form.dataset.words!) as Words;
	const get = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
	const section = get<HTMLSelectElement>('report-section');
	const wrong = get<HTMLTextAreaElement>('report-wrong');
	const suggested = get<HTMLTextAreaElement>('report-suggested');
	const problem = get('report-wrong-problem');
	const status = get('report-status');
	const caseLink = get<HTMLAnchorElement>('report-case-link');
	const about = get<HTMLInputElement>('report-about');

	const id = new URLSearchParams(location.search).get('case') ?? '';
	const caseId = /^[a-z0-9-]{3,64}$/.test(id) ? id : '';
	const anchor = decodeURIComponent(location.hash.slice(1));
	let title = caseId;
	if (caseId) {
		caseLink.href = urls.caseUrl(caseId, lang);
		caseLink.textContent = caseId;
	} else {
		// No case named: ask which one, starting from the page of this site the reader came from.
		get('report-case').textContent = words.noCase;
		get('report-about-field').hidden = false;
		const from = document.referrer ? new URL(document.referrer) : undefined;
		if (from?.origin === location.origin && from.pathname !== location.pathname)
			about.value = decodeURIComponent(from.pathname + from.hash);
	}

	const addSection = (value: string, text: string) => {
		const option = new Option(text, value);
		section.add(option);
		return option;
	};
	/** Preselects the reader's section; until the case page is read, it is named by its anchor. */
	const choose = () => {
		if (anchor && [...section.options].some((o) => o.value === anchor)) section.value = anchor;
	};
	if (anchor && /^[a-z0-9-]+$/.test(anchor)) addSection(anchor, `#${anchor}`);
	choose();
	if (caseId)
		// The case's own page (same site, often saved offline) gives its title and its sections.
		fetch(urls.caseUrl(caseId, lang))
			.then((response) => (response.ok ? response.text() : Promise.reject()))
			.then((html) => {
				const page = new DOMParser().parseFromString(html, 'text/html');
				title = page.querySelector('h1')?.textContent?.trim() || caseId;
				caseLink.textContent = title;
				const headings = [...page.querySelectorAll<HTMLElement>('h2[id]')].filter(
					(h) => h.id !== 'about',
				);
				if (!headings.length) return;
				const chosen = section.value;
				section.length = 1;
				for (const heading of headings)
					addSection(heading.id, (heading.querySelector('span') ?? heading).textContent!.trim());
				section.value = chosen;
				if (section.selectedIndex < 0) section.selectedIndex = 0;
				choose();
			})
			.catch(() => undefined);

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const what = wrong.value.trim();
		if (!what) {
			problem.textContent = words.empty;
			wrong.setAttribute('aria-invalid', 'true');
			wrong.focus();
			return;
		}
		problem.textContent = '';
		wrong.removeAttribute('aria-invalid');
		const kind = (event.submitter as HTMLButtonElement | null)?.value ?? targets[0]!.kind;
		const target = targets.find((t) => t.kind === kind) ?? targets[0]!;
		const where = section.value;
		const pageUrl = new URL(
			caseId ? urls.caseUrl(caseId, lang, where) : location.href,
			location.href,
		).href;
		const c = words.colon;
		const named = about.value.trim();
		// Without a case the title names what the reader wrote, never an empty "Problem with a case:".
		const subjectName = caseId ? title : named || shorten(what);
		const body = [
			...(caseId ? [`${words.case}${c}${title} (${caseId})`] : []),
			...(!caseId && named ? [`${words.about}${c}${named}`] : []),
			`${words.page}${c}${pageUrl}`,
			`${words.section}${c}${where ? section.selectedOptions[0]!.text : words.whole}`,
			'',
			`${words.wrong}${c}`.trimEnd(),
			what,
			...(suggested.value.trim()
				? ['', `${words.suggested}${c}`.trimEnd(), suggested.value.trim()]
				: []),
		].join('\n');
		const subject = `${words.subject}${c}${subjectName}${where ? ` #${where}` : ''}`;
		const address = reportUrl(target.url, subject, body)!;
		if (address.length > maxUrlLength) {
			status.textContent = words.tooLong;
			wrong.focus();
			return;
		}
		status.textContent = '';
		window.location.assign(address);
	});
}

/** The first words of a report, for a title: at most 40 characters, an ellipsis when cut. */
function shorten(text: string): string {
	const line = text.replace(/\s+/g, ' ');
	const chars = [...line];
	return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : line;
}

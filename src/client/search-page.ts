/**
 * The search page: reads `?q=` and facets from the URL, runs the search, renders the results,
 * and keeps the URL in step so a search (filters included) can be linked. Loaded only here.
 */
import { collectButton } from './sets/collect-button.ts';
import {
	facetNames,
	parseFacets,
	writeFacets,
	type FacetName,
	type FacetValues,
} from '../lib/facets.ts';
import { createUrls } from '../lib/urls.ts';
import { markOffline } from './offline-marks.ts';
import { defaultLocale, isLocale, type Locale } from '../../schemas/locales.ts';
import { countText, type Plural } from '../i18n/plural.ts';
import { facetToggle } from './facet-toggle.ts';
import {
	loadPagefind,
	runSearch,
	type HitData,
	type PagefindApi,
	type SearchHit,
} from '../search/client.ts';

const pageSize = 10;

/** Keeps only text and `<mark>` from an excerpt; parsed inertly, nothing runs or loads. */
function safeExcerpt(html: string): DocumentFragment {
	const template = document.createElement('template');
	template.innerHTML = html;
	const out = document.createDocumentFragment();
	for (const node of [...template.content.childNodes]) {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			out.append(mark);
		} else out.append(document.createTextNode(node.textContent ?? ''));
	}
	return out;
}

export function startSearchPage() {
	const root = document.documentElement;
	const pageLocale = (value: string | undefined): Locale =>
		isLocale(value) ? value : defaultLocale;
	const lang = pageLocale(root.dataset.lang);
	const urls = createUrls(root.dataset.base ?? '/', pageLocale(root.dataset.defaultLang));
	const form = document.querySelector<HTMLFormElement>('#search-form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
	const status = document.querySelector<HTMLElement>('#search-status')!;
	const exactList = document.querySelector<HTMLOListElement>('#results')!;
	const looseSection = document.querySelector<HTMLElement>('#loose')!;
	const looseList = document.querySelector<HTMLOListElement>('#loose-results')!;
	const more = document.querySelector<HTMLButtonElement>('#more')!;
	const clearFilters = document.querySelector<HTMLButtonElement>('#clear-filters')!;
	const clearLine = document.querySelector<HTMLElement>('#clear-filters-line')!;
	const toggle = facetToggle(form);
	const text = (key: string) => form.dataset[key] ?? '';
	const cellTitles = JSON.parse(form.dataset.cells ?? '{}') as Record<string, string>;
	let pagefind: Promise<PagefindApi> | undefined;
	let run = 0;
	let queue: { hit: SearchHit; list: HTMLOListElement; synonyms?: string[] }[] = [];

	const facetsFromForm = (): FacetValues => {
		const facets: FacetValues = {};
		for (const select of selects)
			if (select.value) facets[select.dataset.facet as FacetName] = [select.value];
		return facets;
	};

	const render = (data: HitData, synonyms?: string[]): HTMLLIElement => {
		const li = document.createElement('li');
		li.className = 'result';
		const h2 = document.createElement('h2');
		const a = document.createElement('a');
		a.href = data.type === 'guide' ? urls.guideUrl(data.id, lang) : urls.caseUrl(data.id, lang);
		a.textContent = data.title;
		h2.append(a);
		if (!navigator.onLine) markOffline(li, a.href);
		li.append(h2);
		if (synonyms?.length) {
			// Found with a word of the synonym list, not with the words typed: say which.
			const note = document.createElement('p');
			note.className = 'synonym-note';
			note.textContent = text('synonym').replace('{word}', synonyms.join('、'));
			li.append(note);
		}
		const summary = document.createElement('p');
		summary.textContent = data.summary;
		li.append(summary);
		if (data.cells.length) {
			const codes = document.createElement('ul');
			codes.className = 'codes';
			for (const code of data.cells) {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.className = 'code';
				link.href = urls.cellUrl(code.slice(0, 2), lang);
				link.textContent = code;
				link.title = cellTitles[code] ?? '';
				item.append(link);
				codes.append(item);
			}
			li.append(codes);
		}
		const excerpt = document.createElement('p');
		excerpt.className = 'excerpt';
		excerpt.append(safeExcerpt(data.excerpt));
		li.append(excerpt);
		if (data.type !== 'guide') li.append(collectButton(data.id, data.title));
		return li;
	};

	const showMore = async (id: number) => {
		const batch = queue.splice(0, pageSize);
		const loaded = await Promise.all(batch.map(({ hit }) => hit.load()));
		if (id !== run) return;
		loaded.forEach((data, i) => batch[i]!.list.append(render(data, batch[i]!.synonyms)));
		looseSection.hidden = looseList.children.length === 0;
		more.hidden = queue.length === 0;
	};

	const search = async () => {
		const id = ++run;
		const query = input.value.trim();
		const facets = facetsFromForm();
		const hasFacets = Object.keys(facets).length > 0;
		exactList.replaceChildren();
		looseList.replaceChildren();
		looseSection.hidden = true;
		more.hidden = true;
		clearLine.hidden = true;
		toggle.update();
		if (!query && !hasFacets) {
			status.textContent = '';
			return;
		}
		status.textContent = text('loading');
		try {
			pagefind ??= loadPagefind(urls.base);
			const outcome = await runSearch(await pagefind, query, facets);
			if (id !== run) return;
			queue = [
				...outcome.exact.map((hit) => ({ hit, list: exactList })),
				...outcome.synonyms.map((hit) => ({ hit, list: exactList, synonyms: hit.words })),
				...outcome.loose.map((hit) => ({ hit, list: looseList })),
			];
			// The count is announced once the first results are on screen.
			await showMore(id);
			if (id !== run) return;
			const found = outcome.exact.length + outcome.synonyms.length;
			if (found === 0) {
				status.textContent = hasFacets ? text('noneFiltered') : text('none').replace('{q}', query);
				clearLine.hidden = !hasFacets;
			} else
				status.textContent = countText(
					JSON.parse(text('results')) as string | Plural,
					root.lang,
					found,
				);
		} catch (error) {
			pagefind = undefined;
			status.textContent = text('error');
			console.error(error);
		}
	};

	const fromUrl = () => {
		const params = new URLSearchParams(location.search);
		input.value = params.get('q') ?? '';
		const facets = parseFacets(params);
		for (const select of selects)
			select.value = facets[select.dataset.facet as FacetName]?.[0] ?? '';
		if (
			facetNames.some(
				(name) =>
					facets[name]?.length && form.querySelector(`details select[data-facet="${name}"]`),
			)
		) {
			form.querySelector('details')?.setAttribute('open', '');
		}
	};

	const toUrl = (push: boolean) => {
		const params = writeFacets(new URLSearchParams(), facetsFromForm());
		if (input.value.trim()) params.set('q', input.value.trim());
		const target = `${location.pathname}${params.size ? `?${params}` : ''}`;
		if (push) history.pushState(null, '', target);
		else history.replaceState(null, '', target);
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		toUrl(true);
		void search();
	});
	form.addEventListener('change', (event) => {
		if ((event.target as HTMLElement).matches('select[data-facet]')) {
			toUrl(false);
			void search();
		}
	});
	more.addEventListener('click', () => void showMore(run));
	clearFilters.addEventListener('click', () => {
		for (const select of selects) select.value = '';
		toUrl(false);
		void search();
		input.focus();
	});
	window.addEventListener('popstate', () => {
		fromUrl();
		void search();
	});
	fromUrl();
	void search();
}

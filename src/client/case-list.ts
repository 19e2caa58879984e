/** Filters and sorts the static case list in place; the URL keeps the choice. */
import {
	facetNames,
	matchesFacets,
	parseFacets,
	writeFacets,
	type FacetName,
	type FacetValues,
} from '../lib/facets.ts';
import { countText, type Plural } from '../i18n/plural.ts';
import { facetToggle } from './facet-toggle.ts';

type Sort = 'newest' | 'oldest' | 'title' | 'grid';
const sorts: Record<Sort, (a: HTMLElement, b: HTMLElement) => number> = {
	newest: (a, b) => (b.dataset.date ?? '').localeCompare(a.dataset.date ?? ''),
	oldest: (a, b) => (a.dataset.date ?? '').localeCompare(b.dataset.date ?? ''),
	title: (a, b) =>
		(a.dataset.title ?? '').localeCompare(b.dataset.title ?? '', document.documentElement.lang),
	grid: (a, b) => Number(a.dataset.grid) - Number(b.dataset.grid),
};

export function enhanceCaseList() {
	const form = document.querySelector<HTMLFormElement>('#case-filters');
	const list = document.querySelector<HTMLElement>('#case-list');
	const count = document.querySelector<HTMLElement>('#case-count');
	const none = document.querySelector<HTMLElement>('#case-none');
	if (!form || !list || !count || !none) return;
	const items = [...list.querySelectorAll<HTMLElement>(':scope > li')];
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
	const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
	const countForms = JSON.parse(form.dataset.count ?? '"{n}"') as string | Plural;
	const toggle = facetToggle(form);
	const valuesOf = (item: HTMLElement) =>
		Object.fromEntries(
			facetNames.map((name) => [
				name,
				(item.getAttribute(`data-f-${name}`) ?? '').split(' ').filter(Boolean),
			]),
		);

	const fromUrl = () => {
		const params = new URLSearchParams(location.search);
		const facets = parseFacets(params);
		for (const select of selects)
			select.value = facets[select.dataset.facet as FacetName]?.[0] ?? '';
		sortSelect.value = (params.get('sort') as Sort) in sorts ? params.get('sort')! : 'newest';
		if (selects.some((s) => !s.value && s.closest('details'))) {
			const details = form.querySelector('details');
			if (details && selects.some((s) => s.value && s.closest('details'))) details.open = true;
		}
	};

	const apply = (updateUrl: boolean) => {
		const facets: FacetValues = {};
		for (const select of selects)
			if (select.value) facets[select.dataset.facet as FacetName] = [select.value];
		const sort = sortSelect.value as Sort;
		let shown = 0;
		for (const item of [...items].sort(sorts[sort] ?? sorts.newest)) {
			const visible = matchesFacets(valuesOf(item), facets);
			item.hidden = !visible;
			if (visible) shown++;
			list.append(item);
		}
		count.textContent = countText(countForms, document.documentElement.lang, shown);
		toggle.update();
		none.hidden = shown > 0;
		if (updateUrl) {
			const params = writeFacets(new URLSearchParams(location.search), facets);
			if (sort === 'newest') params.delete('sort');
			else params.set('sort', sort);
			const query = params.toString();
			history.replaceState(null, '', query ? `?${query}` : location.pathname);
		}
	};

	form.hidden = false;
	fromUrl();
	apply(false);
	form.addEventListener('change', () => apply(true));
	form.addEventListener('reset', () => setTimeout(() => apply(true)));
	// Filters apply as they change; "show these cases" takes the reader to the list (on a phone
	// the filters fill the screen), and the count it lands on says how many there are.
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		toggle.close();
		count.tabIndex = -1;
		count.focus({ preventScroll: true });
		count.scrollIntoView({ block: 'start' });
	});
}

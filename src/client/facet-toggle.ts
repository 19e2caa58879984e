/**
 * On a phone the facets sit behind one "筛选" button that says how many are set, so results
 * start on the first screen; the stylesheet shows the panel open on wider screens.
 */
export function facetToggle(form: HTMLElement): { update(): void; close(): void } {
	const button = form.querySelector<HTMLButtonElement>('.filter-toggle');
	const panel = button && document.getElementById(button.getAttribute('aria-controls') ?? '');
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
	const setOpen = (open: boolean) => {
		button?.setAttribute('aria-expanded', String(open));
		panel?.classList.toggle('open', open);
	};
	button?.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
	return {
		update() {
			if (!button) return;
			const n = selects.filter((select) => select.value).length;
			const template = (n ? button.dataset.active : button.dataset.label) ?? '';
			button.textContent = template.replace('{n}', String(n));
		},
		close: () => setOpen(false),
	};
}

/**
 * "加入课堂" buttons on the case list and search results. Only this tiny part loads with those
 * pages; the collection itself (src/client/sets/collect.ts) loads on the first press, or at once
 * when the reader has already collected cases.
 */
const storageKey = () => `mot-class:${document.documentElement.dataset.base ?? '/'}`;

/** The collection as stored (ids and titles, in the order they were added). */
export function storedCollection(): { id: string; title: string }[] {
	try {
		const value = JSON.parse(localStorage.getItem(storageKey()) ?? '[]') as unknown;
		return Array.isArray(value) ? value.filter((c) => typeof c?.id === 'string') : [];
	} catch {
		return [];
	}
}
export function storeCollection(list: readonly { id: string; title: string }[]): void {
	try {
		localStorage.setItem(storageKey(), JSON.stringify(list));
	} catch {
		// Storage blocked: the collection lasts as long as the page.
	}
}

const strings = () => document.getElementById('collect-strings')?.dataset ?? {};
const load = () => import('./collect.ts');

/** A button for one case (search results are rendered in the browser). */
export function collectButton(id: string, title: string): HTMLButtonElement {
	const button = Object.assign(document.createElement('button'), {
		type: 'button',
		className: 'secondary collect-button',
		textContent: strings().add ?? '',
	});
	button.dataset.collect = id;
	button.dataset.title = title;
	wire(button);
	return button;
}

function wire(button: HTMLButtonElement) {
	button.hidden = false;
	button.setAttribute(
		'aria-pressed',
		String(storedCollection().some((c) => c.id === button.dataset.collect)),
	);
	button.onclick = () => void load().then((m) => m.toggle(button));
}

/** Shows and wires the static buttons of a page, and its tray when cases are already collected. */
export function enableCollect(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-collect]'))
		wire(button);
	if (storedCollection().length) void load().then((m) => m.showTray());
}

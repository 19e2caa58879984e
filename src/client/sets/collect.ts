/**
 * The class being collected: a case is added or removed with its button; a tray at the bottom
 * of the page counts the cases and links to the ad-hoc set (`/sets/?cases=a,b,c`, ids in the
 * order they were added). Kept in localStorage, so it survives moving between list and search.
 */
import { casesQuery } from '../../lib/set-plan.ts';
import { countText, type Plural } from '../../i18n/plural.ts';
import { storeCollection, storedCollection } from './collect-button.ts';

const strings = () => document.getElementById('collect-strings')!.dataset;

export function toggle(button: HTMLButtonElement): void {
	const id = button.dataset.collect!;
	const list = storedCollection();
	const at = list.findIndex((c) => c.id === id);
	if (at >= 0) list.splice(at, 1);
	else list.push({ id, title: button.dataset.title ?? id });
	storeCollection(list);
	for (const other of document.querySelectorAll<HTMLButtonElement>(
		`button[data-collect="${CSS.escape(id)}"]`,
	))
		other.setAttribute('aria-pressed', String(at < 0));
	showTray();
}

export function showTray(): void {
	const list = storedCollection();
	const s = strings();
	let tray = document.getElementById('collect-tray');
	if (!tray) {
		tray = Object.assign(document.createElement('div'), {
			id: 'collect-tray',
			className: 'collect-tray',
		});
		tray.setAttribute('role', 'region');
		tray.setAttribute('aria-label', s.tray ?? '');
		document.body.append(tray);
	}
	tray.hidden = list.length === 0;
	const count = Object.assign(document.createElement('span'), {
		textContent: countText(
			JSON.parse(s.count ?? '"{n}"') as string | Plural,
			document.documentElement.lang,
			list.length,
		),
	});
	count.setAttribute('aria-live', 'polite');
	const open = Object.assign(document.createElement('a'), {
		className: 'button',
		href: `${s.setsUrl}${casesQuery(list.map((c) => c.id))}`,
		textContent: s.open ?? '',
	});
	const clear = Object.assign(document.createElement('button'), {
		type: 'button',
		className: 'secondary',
		textContent: s.clear ?? '',
	});
	clear.onclick = () => {
		storeCollection([]);
		for (const b of document.querySelectorAll('button[data-collect]'))
			b.setAttribute('aria-pressed', 'false');
		showTray();
	};
	tray.replaceChildren(count, open, clear);
}

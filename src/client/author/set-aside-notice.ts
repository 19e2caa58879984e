/**
 * Tells the author, in plain words, that a stored draft the form cannot show was set aside, and
 * puts its text right under the notice (read-only, to select and copy) instead of naming a
 * storage key they cannot open.
 */
import type { authorTranslations } from '../../i18n/author.ts';

export function showSetAside(
	notice: HTMLElement,
	key: string,
	a: ReturnType<typeof authorTranslations>,
): void {
	notice.textContent = a('draftSetAside');
	notice.hidden = false;
	let text: string | null = null;
	try {
		text = window.localStorage.getItem(key);
	} catch {
		// Storage gone: the notice alone.
	}
	if (notice.nextElementSibling?.classList.contains('set-aside'))
		notice.nextElementSibling.remove();
	if (text == null) return;
	const details = document.createElement('details');
	details.className = 'set-aside';
	const summary = document.createElement('summary');
	summary.textContent = a('draftSetAsideShow');
	const area = document.createElement('textarea');
	area.readOnly = true;
	area.rows = 6;
	area.value = text;
	area.setAttribute('aria-label', a('draftSetAsideShow'));
	details.append(summary, area);
	notice.after(details);
}

/**
 * Which built pages the sitemap lists: those a reader should land on from a search engine. Not
 * the offline notice, nor the short links (`/c/…`, `/s/…`: redirects marked noindex), nor the
 * presentation and handout views of a case or a set (other views of a page that is listed).
 * At 10,000 cases that is 20,000 entries instead of 70,000, which @astrojs/sitemap sorts with a
 * locale-aware compare per pair (6.3 s of the build for all pages).
 */
import { isLocale } from '../../schemas/locales.ts';

const views = new Set(['present', 'handout']);

/** `page`: an absolute page URL; `base`: the base path with a trailing slash (`urls.base`, src/lib/urls.ts). */
export function inSitemap(page: string, base: string): boolean {
	const path = new URL(page).pathname;
	if (!path.startsWith(base)) return true;
	const segments = path.slice(base.length).split('/').filter(Boolean);
	// Short links live at the root, in no language.
	if (segments.length === 2 && (segments[0] === 'c' || segments[0] === 's')) return false;
	if (isLocale(segments[0])) segments.shift();
	const [section, ...rest] = segments;
	if (section === 'offline') return rest.length > 0;
	if (section !== 'cases' && section !== 'sets') return true;
	// A trainer's handout is `handout/trainer/`.
	const view = rest.at(-1) === 'trainer' && rest.at(-2) === 'handout' ? rest.slice(0, -1) : rest;
	if (!views.has(view.at(-1) ?? '')) return true;
	// `cases/<id>/present/`, `sets/<id>/handout/`; a set's ad-hoc views have no id (`sets/present/`).
	return !(view.length === 2 || (section === 'sets' && view.length === 1));
}

/**
 * Every URL the site builds goes through here, so the contract of case-format.md
 * (`/cases/<id>/`, `/grid/<cell>/`) holds and Astro's `base` is always respected: a company
 * can host the handbook under a sub-path such as `/mot/`. The default language lives at the
 * root; the other under its code (`/en/…`).
 */
import type { Locale } from '../i18n/ui.ts';
import { writeFacets, type FacetValues } from './facets.ts';
import { tagSlug } from './tags.ts';

/** Which insights page: an industry, a decade (`2010s`), all cells a case names instead of its primary. */
export interface InsightsPage {
	industry?: string;
	period?: string;
	cells?: 'primary' | 'all';
}

/** The part of an insights page's path after `insights/`: `industry/telecom/period/2020s/all-cells/`. */
export const insightsPath = ({ industry, period, cells }: InsightsPage = {}): string =>
	`${industry ? `industry/${industry}/` : ''}${period ? `period/${period}/` : ''}${cells === 'all' ? 'all-cells/' : ''}`;

export interface Urls {
	/** The base path with a trailing slash: `/` or `/mot/`. */
	base: string;
	defaultLang: Locale;
	/** Any page path (`cases/`) in a language. */
	page(path: string, lang?: Locale): string;
	home(lang?: Locale): string;
	caseUrl(id: string, lang?: Locale, anchor?: string): string;
	casesIndex(lang?: Locale): string;
	/** The case list with filters set: `/cases/?outcome=negative&row=C`. */
	casesFiltered(facets: FacetValues, lang?: Locale): string;
	/** `/insights/`, `/insights/industry/telecom/period/2020s/all-cells/`. */
	insightsUrl(which?: InsightsPage, lang?: Locale): string;
	/** The short form for slides and QR codes: `/c/<id>`. */
	shortUrl(id: string): string;
	/** The authoring form: `/author/`, or with a published case opened for editing: `/author/?edit=<id>`. */
	authorUrl(lang?: Locale, editId?: string): string;
	/** A published case's file as in the repository, for the form to edit: `/author/source/<id>.mdx`. */
	caseSource(id: string): string;
	/** One of the author's local drafts opened in the form: `/author/?draft=<id>`. */
	authorDraft(draftId: string, lang?: Locale): string;
	/** The form that reports a problem with a case, at the section the reader was in: `/report/?case=<id>#gaps`. */
	reportProblem(caseId: string, lang?: Locale, anchor?: string): string;
	/** A cell page, or a point on it (`anchor` from schemas/grid.ts: `/grid/s2/#s2-3`). */
	cellUrl(code: string, lang?: Locale, anchor?: string): string;
	/** A case set's page, or one of its views (`present/`, `handout/`): `/sets/<id>/…`. */
	setUrl(id: string, lang?: Locale, view?: string): string;
	/** The list of sets, and the page an ad-hoc set (`?cases=a,b`) is built on. */
	setsIndex(lang?: Locale): string;
	/** A set's short form: `/s/<id>`. */
	setShortUrl(id: string): string;
	/** A QR code file made at build (`qr/c/<id>.svg`, `qr/s/<id>.png`). */
	qrFile(kind: 'c' | 's', id: string, format: 'svg' | 'png'): string;
	guideUrl(slug: string, lang?: Locale): string;
	guidesIndex(lang?: Locale): string;
	searchUrl(lang?: Locale, query?: string): string;
	/** The cases with one tag: `/tags/<slug>/` (slug from `src/lib/tags.ts`). */
	tagUrl(tag: string, lang?: Locale): string;
	/** Every tag: `/tags/`. */
	tagsIndex(lang?: Locale): string;
	/** A file served as is (`pagefind/pagefind.js`, `favicon.svg`): no language prefix. */
	asset(path: string): string;
	/** The same page in another language: `/mot/cases/x/` → `/mot/en/cases/x/`. */
	switchLang(pathname: string, from: Locale, to: Locale): string;
	/** Rewrites a root-relative link written in content (`/cases/x/`) for this site and language. */
	contentLink(href: string, lang?: Locale): string;
}

export function createUrls(basePath: string, defaultLang: Locale): Urls {
	const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const prefix = (lang: Locale) => (lang === defaultLang ? '' : `${lang}/`);
	const page = (path: string, lang: Locale = defaultLang) =>
		`${base}${prefix(lang)}${path.replace(/^\/+/, '')}`;
	const pathInSite = (pathname: string) =>
		pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
	return {
		base,
		defaultLang,
		page,
		home: (lang) => page('', lang),
		caseUrl: (id, lang, anchor) => page(`cases/${id}/`, lang) + (anchor ? `#${anchor}` : ''),
		casesIndex: (lang) => page('cases/', lang),
		casesFiltered(facets, lang) {
			const query = writeFacets(new URLSearchParams(), facets).toString();
			return page('cases/', lang) + (query ? `?${query}` : '');
		},
		insightsUrl: (which, lang) => page(`insights/${insightsPath(which)}`, lang),
		shortUrl: (id) => `${base}c/${id}`,
		authorUrl: (lang, editId) =>
			page('author/', lang) + (editId ? `?edit=${encodeURIComponent(editId)}` : ''),
		caseSource: (id) => `${base}author/source/${encodeURIComponent(id)}.mdx`,
		authorDraft: (draftId, lang) => `${page('author/', lang)}?draft=${encodeURIComponent(draftId)}`,
		reportProblem: (caseId, lang, anchor) =>
			`${page('report/', lang)}?case=${encodeURIComponent(caseId)}${anchor ? `#${anchor}` : ''}`,
		cellUrl: (code, lang, anchor) =>
			page(`grid/${code.toLowerCase()}/`, lang) + (anchor ? `#${anchor}` : ''),
		setUrl: (id, lang, view) => page(`sets/${id}/${view ? view.replace(/^\/+/, '') : ''}`, lang),
		setsIndex: (lang) => page('sets/', lang),
		setShortUrl: (id) => `${base}s/${id}`,
		qrFile: (kind, id, format) => `${base}qr/${kind}/${id}.${format}`,
		guideUrl: (slug, lang) => page(`guides/${slug}/`, lang),
		guidesIndex: (lang) => page('guides/', lang),
		searchUrl: (lang, query) =>
			page('search/', lang) + (query ? `?q=${encodeURIComponent(query)}` : ''),
		tagUrl: (tag, lang) => page(`tags/${encodeURIComponent(tagSlug(tag))}/`, lang),
		tagsIndex: (lang) => page('tags/', lang),
		asset: (path) => `${base}${path.replace(/^\/+/, '')}`,
		switchLang(pathname, from, to) {
			let rest = pathInSite(pathname);
			if (from !== defaultLang && rest.startsWith(`${from}/`)) rest = rest.slice(from.length + 1);
			else if (from !== defaultLang && rest === from) rest = '';
			return page(rest, to);
		},
		contentLink(href, lang = defaultLang) {
			// Only site-root links are ours to rewrite; anchors, relative and external links stay.
			if (!href.startsWith('/') || href.startsWith('//')) return href;
			if (href.startsWith(base) && base !== '/') return href;
			return page(href, lang);
		},
	};
}

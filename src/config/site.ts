/**
 * The site configuration and URL helper as pages see them (build time, Node). Pages import
 * `urls` from here; nothing else builds a link.
 */
import { locales, type Locale } from '../i18n/ui.ts';
import { createUrls } from '../lib/urls.ts';
import { loadSiteConfig } from './load-fs.ts';

export const siteConfig = loadSiteConfig(process.cwd());
export const defaultLang: Locale = siteConfig.defaultLang;
// The same file and environment overrides astro.config.mjs reads, so pages and Astro agree on base.
export const urls = createUrls(siteConfig.base, defaultLang);

/** Route params for `[...lang]`: the default language at the root, the others under their code. */
export function localeParams(): { lang: string | undefined; locale: Locale }[] {
	return locales.map((locale) => ({ lang: locale === defaultLang ? undefined : locale, locale }));
}

/** `getStaticPaths` of a page that exists once per language and takes no other parameter. */
export function localePaths() {
	return localeParams().map(({ lang, locale }) => ({ params: { lang }, props: { locale } }));
}

/** The languages a page links to besides its own (the language switch, `hreflang`). */
export const otherLocales = (lang: Locale): Locale[] => locales.filter((locale) => locale !== lang);

/**
 * @astrojs/sitemap, handed the pages it lists already in its own order. It sorts its URLs with
 * `localeCompare('en', { numeric: true })`, a collator per call: 1.4 s for 20,000 URLs in build
 * order, 0.2 s when they come sorted (one compare per URL), plus 0.06 s for sorting them here with
 * one collator. The sitemap it writes is the same. Node-only (a build integration).
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;
type ConfigDone = NonNullable<AstroIntegration['hooks']['astro:config:done']>;

/** `filter`: which absolute page URLs it lists. */
export function sortedSitemap(options: { filter: (page: string) => boolean }): AstroIntegration {
	const inner = sitemap({ filter: options.filter });
	const configDone = inner.hooks['astro:config:done'] as ConfigDone;
	const buildDone = inner.hooks['astro:build:done'] as BuildDone;
	const collator = new Intl.Collator('en', { numeric: true });
	/** The site's address with its base path, as @astrojs/sitemap makes its URLs. */
	let site = '';
	return {
		...inner,
		hooks: {
			...inner.hooks,
			'astro:config:done': (params) => {
				const { base, site: address } = params.config;
				if (address) site = new URL(base, address).href;
				return configDone(params);
			},
			'astro:build:done': (params) => {
				// Pages are paths under the base; they share the site's address, so they sort as their URLs do.
				const path = (page: { pathname: string }) => page.pathname.replace(/^\//, '');
				const listed: typeof params.pages = [];
				const others: typeof params.pages = [];
				for (const page of params.pages)
					(options.filter(site + path(page)) ? listed : others).push(page);
				listed.sort((a, b) => collator.compare(path(a), path(b)));
				return buildDone({ ...params, pages: [...listed, ...others] });
			},
		},
	};
}

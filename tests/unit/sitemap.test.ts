/**
 * The sitemap integration hands @astrojs/sitemap its pages presorted (src/integrations/sitemap.ts):
 * the files it writes must be the ones @astrojs/sitemap writes alone, whatever order pages come in.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { sortedSitemap } from '../../src/integrations/sitemap.ts';
import { inSitemap } from '../../src/lib/sitemap-pages.ts';

const site = 'https://handbook.example.org/mot/';
const filter = (page: string) => inSitemap(page, '/mot/');

/** Runs an integration's hooks as a build does and returns the files it wrote. */
async function written(integration: AstroIntegration, pathnames: string[]) {
	const dir = mkdtempSync(join(tmpdir(), 'mot-sitemap-'));
	const logger = { info() {}, warn() {}, error() {}, debug() {} };
	const hooks = integration.hooks as Record<string, (params: unknown) => unknown>;
	try {
		await hooks['astro:routes:resolved']!({ routes: [] });
		await hooks['astro:config:done']!({
			config: {
				site: 'https://handbook.example.org',
				base: '/mot/',
				trailingSlash: 'always',
				build: { format: 'directory' },
			},
		});
		await hooks['astro:build:done']!({
			dir: pathToFileURL(dir + '/'),
			pages: pathnames.map((pathname) => ({ pathname })),
			logger,
		});
		return Object.fromEntries(
			readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Case, set and short-link pages in both languages, in a scrambled but repeatable order. */
function pagesOfHandbook(cases: number): string[] {
	const pages = ['', 'en/', 'grid/', 'en/grid/', 'offline/', '404/'];
	for (let i = 1; i <= cases; i++)
		for (const lang of ['', 'en/'])
			pages.push(
				`${lang}cases/case-${i}/`,
				`${lang}cases/case-${i}/present/`,
				`${lang}grid/c${i % 5}/`,
			);
	for (let i = 1; i <= cases; i++) pages.push(`c/${i.toString(36)}/`);
	let seed = 7;
	const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	return pages
		.map((page) => [random(), page] as const)
		.sort((a, b) => a[0] - b[0])
		.map(([, page]) => page);
}

describe('sitemap', () => {
	it('writes the same sitemap as @astrojs/sitemap alone, listing only reading pages in order', async () => {
		const pages = pagesOfHandbook(300);
		const ours = await written(sortedSitemap({ filter }), pages);
		expect(ours).toEqual(await written(sitemap({ filter }), pages));
		const urls = [...ours['sitemap-0.xml']!.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		expect(urls).toContain(`${site}cases/case-10/`);
		expect(urls).toContain(`${site}en/cases/case-2/`);
		expect(urls.some((url) => url!.includes('/present/') || url!.includes('/c/'))).toBe(false);
		// Numbers in order, as a reader would sort them: case-2 before case-10.
		expect(urls.indexOf(`${site}cases/case-2/`)).toBeLessThan(
			urls.indexOf(`${site}cases/case-10/`),
		);
	});

	it('hands @astrojs/sitemap its URLs in order, so its costly sort compares each once', async () => {
		const pages = pagesOfHandbook(300);
		/** How often @astrojs/sitemap's sort compares, and how many URLs it lists. */
		const sorting = async (integration: AstroIntegration) => {
			const localeCompare = String.prototype.localeCompare;
			let compares = 0;
			String.prototype.localeCompare = function (
				this: string,
				...args: Parameters<typeof localeCompare>
			) {
				compares++;
				return localeCompare.apply(this, args);
			};
			try {
				const files = await written(integration, pages);
				return { compares, urls: files['sitemap-0.xml']!.split('<loc>').length - 1 };
			} finally {
				String.prototype.localeCompare = localeCompare;
			}
		};
		const ours = await sorting(sortedSitemap({ filter }));
		expect(ours.compares).toBe(ours.urls - 1);
		expect((await sorting(sitemap({ filter }))).compares).toBeGreaterThan(ours.urls * 5);
	});
});

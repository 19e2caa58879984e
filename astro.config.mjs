// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { loadSiteConfig } from './src/config/load-fs.ts';
import { caseCheck } from './src/integrations/case-check.ts';
import { caseFiles } from './src/integrations/case-files.ts';
import { clearOutput } from './src/integrations/clear-output.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { offline } from './src/integrations/offline.ts';
import { siteUrlWarning } from './src/integrations/site-url-warning.ts';
import { sortedSitemap } from './src/integrations/sitemap.ts';
import { bodySanitizerPlugin } from './src/integrations/body-sanitizer.ts';
import { inSitemap } from './src/lib/sitemap-pages.ts';
import { createUrls } from './src/lib/urls.ts';

// content/site.yaml is the one place a company sets its address and sub-path.
const siteConfig = loadSiteConfig(process.cwd());
const { base: basePath } = createUrls(siteConfig.base, siteConfig.defaultLang);

export default defineConfig({
	site: siteConfig.url,
	base: siteConfig.base,
	trailingSlash: 'always',
	// The service worker is written last: it lists files the search index integration writes.
	integrations: [
		clearOutput(),
		caseCheck(),
		siteUrlWarning({ url: siteConfig.url, trainer: siteConfig.trainer }),
		mdx(),
		sortedSitemap({ filter: (page) => inSitemap(page, basePath) }),
		caseFiles({ defaultLang: siteConfig.defaultLang }),
		searchIndex({
			defaultLang: siteConfig.defaultLang,
			shardRecords: siteConfig.searchShardRecords,
		}),
		offline({ defaultLang: siteConfig.defaultLang, budgetMB: siteConfig.offlineBudgetMB }),
	],
	// Nothing inline: the Content-Security-Policy (src/config/csp.ts) is the same on every page and server.
	build: {
		format: 'directory',
		inlineStylesheets: 'never',
		// Four pages at a time: one renders while the others' files are written. One by one, the
		// render thread waited on writes half the time (1,000 cases, cold: 42 s, against 30 s).
		// Astro then interleaves its per-page log lines, so a page's time may print on another line.
		concurrency: 4,
	},
	vite: {
		// Vite's dependency cache per project too (its default, node_modules/.vite, is shared by every
		// test and benchmark copy that links node_modules, so each build found it stale and bundled
		// the dependencies again); inside Astro's cacheDir, which CI keeps.
		cacheDir: './.cache/astro/vite/',
		resolve: {
			// The form's checker runs in a worker, which has no DOM: use the package's plain decoder,
			// not its `browser` build (that one decodes character references through `document`).
			alias: {
				'decode-named-character-reference': fileURLToPath(
					import.meta.resolve('decode-named-character-reference'),
				),
			},
		},
		build: {
			assetsInlineLimit: 0,
			rollupOptions: {
				// Astro's MDX pipeline marks every entry with this directive; the bundler warns once per
				// case, which buries real warnings in a large handbook's build log.
				onwarn(warning, warn) {
					if (
						warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
						warning.message.includes('astro:head-inject')
					)
						return;
					warn(warning);
				},
			},
		},
	},
	markdown: {
		// Every body passes the allow-list wall (schemas/body-allowlist.ts) whatever the checker said.
		processor: satteri({ hastPlugins: [bodySanitizerPlugin] }),
		// Highlighting writes inline styles, which the CSP forbids; a handbook's code blocks are short.
		syntaxHighlight: false,
	},
	devToolbar: { enabled: false },
	prefetch: false,
	// The content store and the incremental build's manifest and pages live here, per project (not in
	// node_modules, which benchmark and test copies link to); CI keeps this folder between runs.
	cacheDir: './.cache/astro/',
	// Pages whose getStaticPaths gives a cacheKey (src/lib/cache-keys-fs.ts) are copied from the last
	// build when that key and their code are unchanged; every other page is rendered each time.
	experimental: { incrementalBuild: true },
});

/**
 * Writes `sw.js` (from `src/offline/service-worker.js`) into the built site once the pages
 * and the search index exist: the list of files a reader's browser saves on the first visit,
 * and a version that changes whenever any of them does, so a deploy always reaches readers.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales, type Locale } from '../i18n/ui.ts';
import { createUrls } from '../lib/urls.ts';

/** Search result fragments are precached only while the whole set stays under this size. */
export const fragmentBudgetBytes = 20 * 1024 * 1024;

export interface OfflinePlan {
	urls: string[];
	bytes: number;
	version: string;
	fragmentsIncluded: boolean;
}

const listDir = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

/** What a first visit saves: the grid and its cells, the guides, the lists and search, and the search index. */
export function planOffline(dist: string, base: string, defaultLang: Locale): OfflinePlan {
	const site = createUrls(base, defaultLang);
	const files = new Set<string>();
	const page = (path: string) => {
		if (existsSync(join(dist, path, 'index.html'))) files.add(`${path}index.html`);
	};
	for (const lang of locales) {
		const prefix = site.page('', lang).slice(site.base.length);
		for (const path of ['', 'guides/', 'search/', 'cases/', 'offline/']) page(prefix + path);
		for (const dir of ['guides', 'grid'])
			for (const name of listDir(join(dist, prefix, dir))) page(`${prefix}${dir}/${name}/`);
	}
	// The stylesheets and scripts those pages load.
	for (const file of [...files]) {
		const html = readFileSync(join(dist, file), 'utf8');
		for (const match of html.matchAll(/(?:href|src)="([^"]*\/_astro\/[^"]+)"/g)) {
			if (match[1]!.startsWith(`${base}_astro/`)) files.add(match[1]!.slice(base.length));
		}
	}
	// …and the chunks those scripts import.
	const scripts = [...files].filter((file) => file.endsWith('.js'));
	for (let script = scripts.pop(); script; script = scripts.pop()) {
		for (const match of readFileSync(join(dist, script), 'utf8').matchAll(
			/["'`]\.\/([\w.-]+\.js)["'`]/g,
		)) {
			const chunk = `_astro/${match[1]}`;
			if (!files.has(chunk) && existsSync(join(dist, chunk))) {
				files.add(chunk);
				scripts.push(chunk);
			}
		}
	}
	if (existsSync(join(dist, 'favicon.svg'))) files.add('favicon.svg');
	const search = join(dist, 'pagefind');
	for (const name of listDir(search)) {
		if (
			/^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|fold-t2s\.txt|synonyms\.json)$|\.pf_meta$|^wasm\./.test(
				name,
			)
		)
			files.add(`pagefind/${name}`);
	}
	for (const dir of ['index', 'filter'])
		for (const name of listDir(join(search, dir))) files.add(`pagefind/${dir}/${name}`);
	const size = (file: string) => statSync(join(dist, file)).size;
	let bytes = [...files].reduce((sum, file) => sum + size(file), 0);
	const fragments = listDir(join(search, 'fragment')).map((name) => `pagefind/fragment/${name}`);
	const fragmentBytes = fragments.reduce((sum, file) => sum + size(file), 0);
	const fragmentsIncluded = fragmentBytes <= fragmentBudgetBytes;
	if (fragmentsIncluded) {
		for (const file of fragments) files.add(file);
		bytes += fragmentBytes;
	}
	const hash = createHash('sha256');
	const sorted = [...files].sort();
	for (const file of sorted) hash.update(file).update(readFileSync(join(dist, file)));
	// A page URL is its folder; Astro's `directory` format serves `x/index.html` at `x/`.
	const urls = sorted.map((file) => base + file.replace(/(^|\/)index\.html$/, '$1'));
	return { urls, bytes, version: hash.digest('hex').slice(0, 12), fragmentsIncluded };
}

/** The precache list's file name: it changes with every version, so no cache can serve an old list. */
export const precacheListFile = (version: string) => `sw-precache-${version}.json`;

export function serviceWorkerSource(
	plan: OfflinePlan,
	base: string,
	defaultLang: Locale,
	template: string,
): { script: string; version: string } {
	const site = createUrls(base, defaultLang);
	// Each language's home path and its offline page, longest path first so `/en/` wins over `/`.
	const offlinePages = locales
		.map((lang) => ({ prefix: site.home(lang), page: site.page('offline/', lang) }))
		.sort((a, b) => b.prefix.length - a.prefix.length);
	const version = createHash('sha256')
		.update(plan.version)
		.update(template)
		.digest('hex')
		.slice(0, 12);
	const script = template
		.replace("'__VERSION__'", JSON.stringify(version))
		.replace("'__BASE__'", JSON.stringify(base))
		.replace("'__PRECACHE_LIST__'", JSON.stringify(base + precacheListFile(version)))
		.replace('__OFFLINE_PAGES__', JSON.stringify(offlinePages));
	return { script, version };
}

export function offline(options: { defaultLang: Locale }): AstroIntegration {
	let base = '/';
	return {
		name: 'mot-offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const plan = planOffline(dist, base, options.defaultLang);
				const template = readFileSync(
					new URL('../offline/service-worker.js', import.meta.url),
					'utf8',
				);
				const worker = serviceWorkerSource(plan, base, options.defaultLang, template);
				writeFileSync(join(dist, precacheListFile(worker.version)), JSON.stringify(plan.urls));
				writeFileSync(join(dist, 'sw.js'), worker.script);
				const fragments = plan.fragmentsIncluded
					? ''
					: ' (search result fragments over budget: saved as they are read)';
				logger.info(
					`sw.js: ${plan.urls.length} files, ${(plan.bytes / 1024).toFixed(0)} KB saved on a first visit${fragments}`,
				);
			},
		},
	};
}

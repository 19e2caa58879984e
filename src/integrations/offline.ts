/**
 * Writes `sw.js` (from `src/offline/service-worker.js`) into the built site once the pages
 * and the search index exist, with a manifest of what a reader's browser saves: the first
 * visit saves at most the site's budget (`offlineBudgetMB`), in order of use offline: the
 * grid, cells, guides and search code; the search index; then every case page in the reader's
 * language when they fit (the worker learns the language from the page). Otherwise cases wait
 * until the reader chooses "save all cases". The version changes whenever any listed file
 * does, so a deploy always reaches readers.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales, type Locale } from '../i18n/ui.ts';
import { createUrls } from '../lib/urls.ts';

/** What the service worker reads: file lists as URLs, sizes in bytes. */
export interface OfflineManifest {
	budget: number;
	/** Saved on the first visit. */
	first: string[];
	firstBytes: number;
	/** Whether the search index (not just its code) is in `first`. */
	search: boolean;
	/** Languages whose case pages fit the budget with `first`: a reader of one gets them on the first visit. */
	fits: Locale[];
	/** Per language: what "save all cases" downloads beyond `first`, and how many cases that makes readable. */
	all: Record<string, { urls: string[]; bytes: number; cases: number }>;
}

export interface OfflinePlan {
	manifest: OfflineManifest;
	version: string;
	/** Bytes every group would take, for the build's report. */
	groups: { name: string; bytes: number; saved: boolean }[];
}

const listDir = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

/** The built site's case ids, from its own feed (the feed lists exactly the published cases). */
function caseIds(dist: string): string[] {
	const feed = join(dist, 'cases.json');
	if (!existsSync(feed)) return [];
	return (JSON.parse(readFileSync(feed, 'utf8')) as { cases: { id: string }[] }).cases.map(
		(c) => c.id,
	);
}

/** Plans the first visit and "save all" for the built site in `dist`. */
export function planOffline(
	dist: string,
	base: string,
	defaultLang: Locale,
	budget: number,
): OfflinePlan {
	const site = createUrls(base, defaultLang);
	const exists = (file: string) => existsSync(join(dist, file));
	const pageFile = (url: string) => `${url.slice(site.base.length)}index.html`;
	/** A set of files plus the stylesheets and scripts (and their imports) its pages load. */
	const withAssets = (files: string[]): string[] => {
		const set = new Set(files.filter(exists));
		for (const file of [...set].filter((f) => f.endsWith('.html'))) {
			const html = readFileSync(join(dist, file), 'utf8');
			for (const match of html.matchAll(/(?:href|src)="([^"]*\/_astro\/[^"]+)"/g)) {
				if (match[1]!.startsWith(`${base}_astro/`)) set.add(match[1]!.slice(base.length));
			}
		}
		const scripts = [...set].filter((file) => file.endsWith('.js'));
		for (let script = scripts.pop(); script; script = scripts.pop()) {
			for (const match of readFileSync(join(dist, script), 'utf8').matchAll(
				/["'`]\.\/([\w.-]+\.js)["'`]/g,
			)) {
				const chunk = `_astro/${match[1]}`;
				if (!set.has(chunk) && exists(chunk)) {
					set.add(chunk);
					scripts.push(chunk);
				}
			}
		}
		return [...set];
	};

	const core: string[] = ['favicon.svg'];
	for (const lang of locales) {
		for (const path of ['', 'guides/', 'search/', 'cases/', 'offline/'])
			core.push(pageFile(site.page(path, lang)));
		const prefix = site.page('', lang).slice(site.base.length);
		for (const dir of ['guides', 'grid'])
			for (const name of listDir(join(dist, prefix, dir)))
				core.push(`${prefix}${dir}/${name}/index.html`);
	}
	const search = join(dist, 'pagefind');
	for (const name of listDir(search))
		if (
			/^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|fold-t2s\.txt|synonyms\.json)$|\.pf_meta$|^wasm\./.test(
				name,
			)
		)
			core.push(`pagefind/${name}`);
	// The index with its result fragments: search offline needs both.
	const index = ['index', 'filter', 'fragment'].flatMap((dir) =>
		listDir(join(search, dir)).map((name) => `pagefind/${dir}/${name}`),
	);
	const ids = caseIds(dist);
	const casePages = (lang: Locale) => ids.map((id) => pageFile(site.caseUrl(id, lang)));

	const size = (file: string) => statSync(join(dist, file)).size;
	const first = new Set<string>();
	let used = 0;
	const groups: OfflinePlan['groups'] = [];
	/** Adds a group whole if it fits what is left of the budget (the core always goes). */
	const offer = (name: string, files: string[], always = false): boolean => {
		const list = withAssets(files).filter((file) => !first.has(file));
		const bytes = list.reduce((sum, file) => sum + size(file), 0);
		const saved = always || used + bytes <= budget;
		if (saved) {
			for (const file of list) first.add(file);
			used += bytes;
		}
		groups.push({ name, bytes, saved });
		return saved;
	};
	offer('grid, cells, guides, search code', core, true);
	const searchSaved = offer('search index and results', index);

	// Each language's case pages (with the index when it did not fit): one reader reads one
	// language, so each is weighed against the budget on its own.
	const all: OfflineManifest['all'] = {};
	const fits: Locale[] = [];
	for (const lang of locales) {
		const list = withAssets([...index, ...casePages(lang)]).filter((file) => !first.has(file));
		const bytes = list.reduce((sum, file) => sum + size(file), 0);
		all[lang] = { urls: list.sort().map((file) => toUrl(base, file)), bytes, cases: ids.length };
		if (used + bytes <= budget) fits.push(lang);
		groups.push({ name: `case pages (${lang})`, bytes, saved: fits.includes(lang) });
	}
	const sorted = [...first].sort();
	const hash = createHash('sha256');
	const everything = new Set([
		...sorted,
		...Object.values(all).flatMap((g) => g.urls.map((u) => u.slice(base.length))),
	]);
	for (const file of [...everything].sort()) {
		const path = file.endsWith('/') || file === '' ? `${file}index.html` : file;
		hash.update(file).update(readFileSync(join(dist, path)));
	}
	const manifest: OfflineManifest = {
		budget,
		first: sorted.map((file) => toUrl(base, file)),
		firstBytes: used,
		search: searchSaved,
		fits,
		all,
	};
	return { manifest, version: hash.digest('hex').slice(0, 12), groups };
}

/** A page URL is its folder; Astro's `directory` format serves `x/index.html` at `x/`. */
const toUrl = (base: string, file: string) => base + file.replace(/(^|\/)index\.html$/, '$1');

/** The manifest's file name: it changes with every version, so no cache can serve an old list. */
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
		.map((lang) => ({ lang, prefix: site.home(lang), page: site.page('offline/', lang) }))
		.sort((a, b) => b.prefix.length - a.prefix.length);
	const version = createHash('sha256')
		.update(plan.version)
		.update(JSON.stringify(plan.manifest.first))
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export function offline(options: { defaultLang: Locale; budgetMB: number }): AstroIntegration {
	let base = '/';
	return {
		name: 'mot-offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const budget = Math.round(options.budgetMB * 1024 * 1024);
				const plan = planOffline(dist, base, options.defaultLang, budget);
				const template = readFileSync(
					new URL('../offline/service-worker.js', import.meta.url),
					'utf8',
				);
				const worker = serviceWorkerSource(plan, base, options.defaultLang, template);
				writeFileSync(join(dist, precacheListFile(worker.version)), JSON.stringify(plan.manifest));
				writeFileSync(join(dist, 'sw.js'), worker.script);
				const { manifest } = plan;
				const groups = plan.groups
					.map((g) => `${g.name} ${kb(g.bytes)}${g.saved ? '' : ' (only if the reader saves all)'}`)
					.join(', ');
				const reader = manifest.fits.length
					? `, with the case pages in the reader's language ${manifest.fits.map((lang) => `${lang} ${kb(manifest.firstBytes + manifest.all[lang]!.bytes)}`).join(' / ')}`
					: '';
				logger.info(
					`sw.js: offline budget ${kb(budget)}; a first visit saves ${kb(manifest.firstBytes)}${reader} (${groups})`,
				);
				if (manifest.firstBytes > budget)
					logger.warn(`the first visit's core alone is over the offline budget (offlineBudgetMB)`);
			},
		},
	};
}

/**
 * Writes `sw.js` (from `src/offline/service-worker.js`) into the built site once the pages
 * and the search index exist, with a manifest of what a reader's browser saves. A first visit
 * saves at most the site's budget (`offlineBudgetMB`): the home page with the grid, the guides
 * and the search page in every language, then, in the reader's language (the worker learns it
 * from the page), in order of use offline and while they fit: the cell pages; search (code,
 * index and result fragments); every case page with the case list. The rest waits until the
 * reader chooses "save all cases". The version changes whenever any listed file does, so a
 * deploy always reaches readers.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales, type Locale } from '../i18n/ui.ts';
import { createUrls } from '../lib/urls.ts';
import { chunkFolders, isIndexPart, parseShardList, shardsFile } from '../search/shards.ts';

/** How much of a language the first visit saves: the shell, + cell pages, + search, + every case. */
export type OfflineLevel = 'shell' | 'grid' | 'search' | 'all';

/** What the service worker reads: file lists as URLs, sizes in bytes. */
export interface OfflineManifest {
	budget: number;
	/** Saved at install, for every language: home, guides, search and offline pages, and their assets. */
	first: string[];
	firstBytes: number;
	/** Per language, saved once a reader of it opens a page: `auto` within the budget; `rest` on "save all". */
	langs: Record<
		string,
		{
			auto: string[];
			autoBytes: number;
			level: OfflineLevel;
			rest: string[];
			restBytes: number;
			cases: number;
		}
	>;
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

/** What the plan needs of one built file, kept between builds while its size and time are the same. */
interface FileFacts {
	size: number;
	mtimeMs: number;
	/** Its content's digest, for the version. */
	digest?: string;
	/** A page's stylesheets and scripts (`_astro/…`). */
	assets?: string[];
}

/** Facts of the last build's files, by path in `dist`: a rebuild reads only files that changed. */
export type FileFactsCache = Map<string, FileFacts>;

const factsSchema = z.record(
	z.string(),
	z.strictObject({
		size: z.number(),
		mtimeMs: z.number(),
		digest: z.string().optional(),
		assets: z.array(z.string()).optional(),
	}),
);

/** The facts kept in `file`; none when it is missing or not what this code writes. */
export function readFileFacts(file: string): FileFactsCache {
	try {
		return new Map(Object.entries(factsSchema.parse(JSON.parse(readFileSync(file, 'utf8')))));
	} catch {
		return new Map();
	}
}

export function writeFileFacts(file: string, facts: FileFactsCache): void {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(Object.fromEntries(facts)));
}

/**
 * Plans the first visit and "save all" for the built site in `dist`. `known`: the facts of the
 * last plan's files (readFileFacts); the facts of this plan's files are left in it.
 */
export function planOffline(
	dist: string,
	base: string,
	defaultLang: Locale,
	budget: number,
	known: FileFactsCache = new Map(),
): OfflinePlan {
	const site = createUrls(base, defaultLang);
	const pageFile = (url: string) => `${url.slice(site.base.length)}index.html`;
	// Each file is looked at once, and read only when it changed since the last plan: a large
	// handbook has tens of thousands of case pages, most of them reused by the incremental build.
	const facts = new Map<string, FileFacts | undefined>();
	const factsOf = (file: string): FileFacts | undefined => {
		if (facts.has(file)) return facts.get(file);
		const stats = statSync(join(dist, file), { throwIfNoEntry: false });
		const last = known.get(file);
		const found =
			stats === undefined
				? undefined
				: last && last.size === stats.size && last.mtimeMs === stats.mtimeMs
					? last
					: { size: stats.size, mtimeMs: stats.mtimeMs };
		facts.set(file, found);
		return found;
	};
	const exists = (file: string) => factsOf(file) !== undefined;
	const read = (file: string): FileFacts => {
		const found = factsOf(file)!;
		if (found.digest === undefined) {
			const bytes = readFileSync(join(dist, file));
			found.digest = createHash('sha256').update(bytes).digest('base64');
			if (file.endsWith('.html')) {
				found.assets = [];
				const html = bytes.toString('utf8');
				for (const match of html.matchAll(/(?:href|src)="([^"]*\/_astro\/[^"]+)"/g)) {
					if (match[1]!.startsWith(`${base}_astro/`))
						found.assets.push(match[1]!.slice(base.length));
				}
			}
		}
		return found;
	};
	const assetsOf = (file: string): string[] => read(file).assets ?? [];
	/** A set of files plus the stylesheets and scripts (and their imports) its pages load. */
	const withAssets = (files: string[]): string[] => {
		const set = new Set(files.filter(exists));
		for (const file of [...set].filter((f) => f.endsWith('.html'))) {
			for (const asset of assetsOf(file)) set.add(asset);
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

	// Saved at install for every language (small): the home pages with the grid, the guides,
	// the search page and the offline page, with their styles and scripts.
	const shell: string[] = ['favicon.svg'];
	for (const lang of locales) {
		for (const path of ['', 'guides/', 'search/', 'offline/'])
			shell.push(pageFile(site.page(path, lang)));
		const prefix = site.page('', lang).slice(site.base.length);
		for (const name of listDir(join(dist, prefix, 'guides')))
			shell.push(`${prefix}guides/${name}/index.html`);
	}
	const cells = (lang: Locale) => {
		const prefix = site.page('', lang).slice(site.base.length);
		return listDir(join(dist, prefix, 'grid')).map((name) => `${prefix}grid/${name}/index.html`);
	};
	// Search offline needs its code, every shard's index and the result fragments together.
	const pagefind = join(dist, 'pagefind');
	const indexFiles = (folder: string) =>
		listDir(join(pagefind, folder))
			.filter(isIndexPart)
			.flatMap((name) =>
				chunkFolders.includes(name)
					? listDir(join(pagefind, folder, name)).map((chunk) => `${name}/${chunk}`)
					: [name],
			)
			.map((name) => `pagefind/${folder}${name}`);
	// Shard 0 is pagefind/ itself; the others are listed in shards.json (src/search/shards.ts).
	// A build without the search index (the hostile-input test switches it off) has neither.
	const shardList = join(pagefind, shardsFile);
	const listed = existsSync(shardList);
	const search = [
		...listDir(pagefind)
			.filter((name) =>
				/^(?:pagefind\.js|pagefind-worker\.js|fold-t2s\.txt|synonyms\.json)$|^wasm\./.test(name),
			)
			.map((name) => `pagefind/${name}`),
		...(listed ? [`pagefind/${shardsFile}`] : []),
		...['', ...(listed ? parseShardList(readFileSync(shardList, 'utf8')) : [])].flatMap(indexFiles),
	];
	const ids = caseIds(dist);
	const cases = (lang: Locale) => [
		pageFile(site.casesIndex(lang)),
		...ids.map((id) => pageFile(site.caseUrl(id, lang))),
	];

	const size = (file: string) => factsOf(file)!.size;
	const sum = (files: string[]) => files.reduce((total, file) => total + size(file), 0);
	const first = withAssets(shell).sort();
	const firstBytes = sum(first);
	const groups: OfflinePlan['groups'] = [{ name: 'shell', bytes: firstBytes, saved: true }];
	const langs: OfflineManifest['langs'] = {};
	for (const lang of locales) {
		// In order of use offline; a group is saved whole, and only while every earlier one was.
		const taken = new Set(first);
		let used = firstBytes;
		const auto: string[] = [];
		const rest: string[] = [];
		let level: OfflineLevel = 'shell';
		for (const [name, files] of [
			['grid', cells(lang)],
			['search', search],
			['all', cases(lang)],
		] as const) {
			const list = withAssets(files).filter((file) => !taken.has(file));
			for (const file of list) taken.add(file);
			const bytes = sum(list);
			const fits = rest.length === 0 && used + bytes <= budget;
			if (fits) {
				auto.push(...list);
				used += bytes;
				level = name;
			} else rest.push(...list);
			groups.push({ name: `${name} (${lang})`, bytes, saved: fits });
		}
		langs[lang] = {
			auto: auto.sort().map((file) => toUrl(base, file)),
			autoBytes: used - firstBytes,
			level,
			rest: rest.sort().map((file) => toUrl(base, file)),
			restBytes: sum(rest),
			cases: ids.length,
		};
	}
	const hash = createHash('sha256');
	const everything = new Set([
		...first,
		...locales.flatMap((lang) => [...withAssets([...cells(lang), ...cases(lang)])]),
		...search,
	]);
	for (const file of [...everything].sort()) hash.update(file).update(read(file).digest!);
	known.clear();
	for (const [file, found] of facts) if (found) known.set(file, found);
	const manifest: OfflineManifest = {
		budget,
		first: first.map((file) => toUrl(base, file)),
		firstBytes,
		langs,
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
	let factsFile = '';
	return {
		name: 'mot-offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				factsFile = join(fileURLToPath(config.cacheDir), 'offline-file-facts.json');
			},
			'astro:build:done': ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const budget = Math.round(options.budgetMB * 1024 * 1024);
				const known = readFileFacts(factsFile);
				const plan = planOffline(dist, base, options.defaultLang, budget, known);
				writeFileFacts(factsFile, known);
				const template = readFileSync(
					new URL('../offline/service-worker.js', import.meta.url),
					'utf8',
				);
				const worker = serviceWorkerSource(plan, base, options.defaultLang, template);
				writeFileSync(join(dist, precacheListFile(worker.version)), JSON.stringify(plan.manifest));
				writeFileSync(join(dist, 'sw.js'), worker.script);
				const { manifest } = plan;
				const groups = plan.groups
					.map((g) => `${g.name} ${kb(g.bytes)}${g.saved ? '' : ' (on "save all")'}`)
					.join(', ');
				const perLang = Object.entries(manifest.langs)
					.map(([lang, l]) => `${lang} ${kb(manifest.firstBytes + l.autoBytes)}`)
					.join(' / ');
				logger.info(
					`sw.js: offline budget ${kb(budget)}; a first visit saves ${kb(manifest.firstBytes + manifest.langs[options.defaultLang]!.autoBytes)} (reader's language ${perLang}: ${groups})`,
				);
				if (manifest.firstBytes > budget)
					logger.warn('the pages every language saves on a first visit are over offlineBudgetMB');
			},
		},
	};
}

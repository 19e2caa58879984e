/**
 * Builds the Pagefind index from checked content (Node only): used after `astro build`, with
 * the build's own check (src/integrations/build-check.ts), and by the search benchmark, so both
 * index exactly the same records.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
	copyFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { findPackageJSON } from 'node:module';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { contentFolders, guideSlug } from '../../schemas/content-files.ts';
import { checkedContent, type CheckedContent } from '../checker/checked-content.ts';
import { checkProject } from '../checker/project-fs.ts';
import type { Urls } from '../lib/urls.ts';
import { casePage, guidePage, type SearchRecord } from './records.ts';
import { foldTableFile } from './fold.ts';
import { synonymsFile } from './synonyms.ts';
import { defaultShardRecords } from '../../schemas/site-config.ts';
import {
	chunkFolders,
	isIndexPart,
	shardCount,
	shardFolder,
	shardOf,
	shardsFile,
} from './shards.ts';
import { codeVersion } from '../checker/checker-version-fs.ts';
import type { SynonymGroups } from '../checker/rules/synonyms.ts';
import { installNodeFolder } from './fold-node.ts';
import { caseLabelParts } from './case-labels.ts';
import { loadVocabulary } from '../config/load-fs.ts';
import type { Vocabulary } from '../../schemas/vocabulary.ts';

/**
 * The code that makes a record's page, for its digest: a change to it makes every page anew.
 * The page's text is folded with the table fold-node.ts installs (OpenCC's data and our variants).
 */
let pageCode: string | undefined;
function recordCodeVersion(): string {
	pageCode ??=
		codeVersion(
			['./records.ts', './fold-node.ts'].map((file) =>
				fileURLToPath(new URL(file, import.meta.url)),
			),
			fileURLToPath(new URL('../..', import.meta.url)),
		) ??
		// Imports it could not follow: no digest is ever equal to another build's.
		randomUUID();
	return pageCode;
}

/** A record whose page is made when first read; `inputs` are everything the page is made from. */
function lazyRecord(url: string, inputs: unknown[], make: () => string): SearchRecord {
	let html: string | undefined;
	return {
		url,
		digest: createHash('sha256')
			.update(recordCodeVersion())
			.update(JSON.stringify([url, ...inputs]))
			.digest('hex'),
		get html() {
			return (html ??= make());
		},
	};
}

/**
 * The records of the checked cases and guides; a project root is checked here first. The
 * vocabulary gives industry labels (read from the root when one is given).
 */
export function collectRecords(
	checked: CheckedContent | string,
	urls: Urls,
	vocabulary?: Vocabulary,
): SearchRecord[] {
	const industries = (
		vocabulary ?? (typeof checked === 'string' ? loadVocabulary(checked) : undefined)
	)?.industries;
	const content =
		typeof checked === 'string' ? checkedContent(checkProject({ root: checked })) : checked;
	// The build stops on a failed check before it gets here; nothing unchecked is published.
	if (content.hasErrors)
		throw new Error('search index: the content check reported errors; run `npm run check`');
	installNodeFolder();
	const records = content.cases.map((c) => {
		const labels = caseLabelParts(c.data, industries);
		return lazyRecord(urls.caseUrl(c.data.id), ['case', c.data, c.body, labels], () =>
			casePage(c.data.id, c.data, c.body, labels),
		);
	});
	for (const guide of content.guides) {
		const data = guide.data as { title?: string; description?: string } | undefined;
		const slug = guideSlug(posix.relative(contentFolders.guides, guide.file));
		const title = data?.title ?? slug;
		const description = data?.description ?? '';
		records.push(
			lazyRecord(urls.guideUrl(slug), ['guide', slug, title, description, guide.body], () =>
				guidePage(slug, title, description, guide.body),
			),
		);
	}
	return records;
}

export interface IndexReport {
	records: number;
	errors: string[];
	/** Indexes the records were split into (src/search/shards.ts). */
	shards: number;
	/** Of those, the ones taken unchanged from the shard cache. */
	reused: number;
}

/** The shards of an index, made and kept in the shard store, ready to install into a site. */
export interface IndexedShards extends IndexReport {
	/** Each shard's Pagefind output, by the digest of its records (shard 0 first). */
	store: string;
	digests: string[];
}

export interface SearchIndexOptions {
	/** The synonym groups search loads beside the index. */
	synonyms?: SynonymGroups;
	/** Records per shard (site.yaml `searchShardRecords`). */
	shardRecords?: number;
	/**
	 * A folder that keeps each shard's Pagefind output by the digest of its records, so a rebuild
	 * indexes only the shards that changed; without it every shard is indexed.
	 */
	cacheDir?: string;
}

// The installed Pagefind's version: another version may write another index from the same records.
const pagefindVersion = (
	JSON.parse(readFileSync(findPackageJSON('pagefind', import.meta.url)!, 'utf8')) as {
		version: string;
	}
).version;
const pagefindConfig = { forceLanguage: 'zh' } as const;

/** A shard's digest: Pagefind's version and settings, and its records' URLs and digests in order. */
function shardDigest(records: readonly SearchRecord[]): string {
	const hash = createHash('sha256').update(`${pagefindVersion}\0${JSON.stringify(pagefindConfig)}`);
	for (const record of records) hash.update(`\0${record.url}\0${record.digest}`);
	return hash.digest('hex');
}

/** Pagefind's output for one shard's records, written to `dir` (through a temp folder). */
async function indexShard(records: readonly SearchRecord[], dir: string): Promise<string[]> {
	const { index, errors } = await pagefind.createIndex(pagefindConfig);
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	// All at once, not one by one: each answer waits for this thread, which renders pages
	// meanwhile, and Pagefind took 59 s instead of 11 s for 2,500 records that way (same output).
	const added = await Promise.all(
		records.map((record) => index.addHTMLFile({ url: record.url, content: record.html })),
	);
	for (const result of added) errors.push(...result.errors);
	const temp = `${dir}.tmp-${process.pid}`;
	rmSync(temp, { recursive: true, force: true });
	const written = await index.writeFiles({ outputPath: temp });
	errors.push(...written.errors);
	await index.deleteIndex();
	rmSync(dir, { recursive: true, force: true });
	renameSync(temp, dir);
	return errors;
}

/** Indexes `records` in shards (src/search/shards.ts), each into `store` unless it is there already; `store` keeps this call's shards only. */
export async function indexShards(
	records: readonly SearchRecord[],
	store: string,
	shardRecords = defaultShardRecords,
): Promise<IndexedShards> {
	const count = shardCount(records.length, shardRecords);
	const groups: SearchRecord[][] = Array.from({ length: count }, () => []);
	for (const record of records) groups[shardOf(record.url, count)]!.push(record);
	// An empty shard other than the first (possible with few records) is left out.
	const shards = groups
		.filter((group, i) => i === 0 || group.length)
		.map((group) => ({ records: group, digest: shardDigest(group) }));
	mkdirSync(store, { recursive: true });
	const errors: string[] = [];
	let reused = 0;
	let started = false;
	for (const shard of shards) {
		const dir = join(store, shard.digest);
		if (existsSync(join(dir, 'pagefind-entry.json'))) {
			reused++;
			continue;
		}
		started = true;
		errors.push(...(await indexShard(shard.records, dir)));
	}
	if (started) await pagefind.close();
	const kept = new Set(shards.map((shard) => shard.digest));
	for (const name of readdirSync(store))
		if (!kept.has(name)) rmSync(join(store, name), { recursive: true, force: true });
	return {
		records: records.length,
		errors,
		shards: shards.length,
		reused,
		store,
		digests: shards.map((shard) => shard.digest),
	};
}

/** Pagefind writes its chunks and metadata under names made from their content: a file of that name is that file. */
const contentNamed = (path: string) =>
	path.endsWith('.pf_meta') || chunkFolders.includes(path.split('/')[0]!);

/**
 * Makes folder `to` hold what `from` holds, by name: a content-named file already there is kept,
 * other files are copied, and entries `from` lacks are deleted, except those `keep` names (at
 * the top). A rebuild then writes and deletes only what changed (about 10,000 files at 10,000
 * cases were copied and deleted on every build before).
 */
function syncFolder(from: string, to: string, keep: (name: string) => boolean = () => false) {
	mkdirSync(to, { recursive: true });
	const walk = (relative: string) => {
		const source = join(from, relative);
		const target = join(to, relative);
		const entries = readdirSync(source, { withFileTypes: true });
		const names = new Set(entries.map((entry) => entry.name));
		for (const existing of readdirSync(target))
			if (!names.has(existing) && !(relative === '' && keep(existing)))
				rmSync(join(target, existing), { recursive: true, force: true });
		for (const entry of entries) {
			const path = relative ? `${relative}/${entry.name}` : entry.name;
			if (entry.isDirectory()) {
				mkdirSync(join(to, path), { recursive: true });
				walk(path);
			} else if (!(contentNamed(path) && existsSync(join(to, path)))) {
				// Whole or not at all: a file cut short by a stopped build would be kept as it is.
				const temp = join(to, `${path}.tmp-${process.pid}`);
				copyFileSync(join(from, path), temp);
				renameSync(temp, join(to, path));
			}
		}
	};
	walk('');
}

/**
 * Installs indexed shards as `<outDir>/pagefind/`: shard 0 there, the others in their folders
 * listed in `shards.json` (src/search/shards.ts), with the fold table and the synonym groups
 * search loads beside them. What an earlier install left there is reused where it is the same.
 */
export function installSearchIndex(
	indexed: IndexedShards,
	outDir: string,
	synonyms: SynonymGroups = [],
): void {
	const target = join(outDir, 'pagefind');
	const [first, ...rest] = indexed.digests;
	const folders = rest.map(shardFolder);
	const ours = new Set([shardsFile, foldTableFile, synonymsFile]);
	const listed = new Set(folders.map((folder) => folder.slice(0, -1)));
	syncFolder(join(indexed.store, first!), target, (name) => ours.has(name) || listed.has(name));
	rest.forEach((digest, i) => {
		const folder = join(target, folders[i]!.slice(0, -1));
		// Named by its content digest: a folder already there is this shard.
		if (existsSync(join(folder, 'pagefind-entry.json'))) return;
		const from = join(indexed.store, digest);
		// Whole or not at all, as above: the folder is renamed into place once complete.
		const temp = `${folder}.tmp-${process.pid}`;
		rmSync(temp, { recursive: true, force: true });
		// The script and the WebAssembly are shard 0's.
		for (const name of readdirSync(from).filter(isIndexPart))
			cpSync(join(from, name), join(temp, name), { recursive: true });
		rmSync(folder, { recursive: true, force: true });
		renameSync(temp, folder);
	});
	writeFileSync(join(target, shardsFile), JSON.stringify(folders));
	// The browser folds queries with the same table the index was folded with.
	writeFileSync(join(target, foldTableFile), installNodeFolder());
	writeFileSync(join(target, synonymsFile), JSON.stringify(synonyms));
}

/** Indexes `records` and writes `<outDir>/pagefind/` (shards kept in `cacheDir`, or in a temp folder). */
export async function writeSearchIndex(
	records: readonly SearchRecord[],
	outDir: string,
	{ synonyms = [], shardRecords, cacheDir }: SearchIndexOptions = {},
): Promise<IndexReport> {
	const store = cacheDir ?? join(outDir, '.pagefind-shards');
	const indexed = await indexShards(records, store, shardRecords);
	installSearchIndex(indexed, outDir, synonyms);
	if (!cacheDir) rmSync(store, { recursive: true, force: true });
	return indexed;
}

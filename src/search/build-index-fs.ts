/**
 * Builds the Pagefind index from checked content (Node only): used after `astro build`, with
 * the build's own check (src/integrations/build-check.ts), and by the search benchmark, so both
 * index exactly the same records.
 */
import { createHash } from 'node:crypto';
import {
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
import * as pagefind from 'pagefind';
import { contentFolders, guideSlug } from '../../schemas/content-files.ts';
import { checkedContent, type CheckedContent } from '../checker/checked-content.ts';
import { checkProject } from '../checker/project-fs.ts';
import type { Urls } from '../lib/urls.ts';
import { caseRecord, guideRecord, type SearchRecord } from './records.ts';
import { foldTableFile } from './fold.ts';
import { synonymsFile } from './synonyms.ts';
import { defaultShardRecords } from '../../schemas/site-config.ts';
import { isIndexPart, shardCount, shardFolder, shardOf, shardsFile } from './shards.ts';
import type { SynonymGroups } from '../checker/rules/synonyms.ts';
import { installNodeFolder } from './fold-node.ts';
import { caseLabelParts } from './case-labels.ts';
import { loadVocabulary } from '../config/load-fs.ts';
import type { Vocabulary } from '../../schemas/vocabulary.ts';

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
	const records = content.cases.map((c) =>
		caseRecord(
			c.data.id,
			c.data,
			c.body,
			urls.caseUrl(c.data.id),
			caseLabelParts(c.data, industries),
		),
	);
	for (const guide of content.guides) {
		const data = guide.data as { title?: string; description?: string } | undefined;
		const slug = guideSlug(posix.relative(contentFolders.guides, guide.file));
		records.push(
			guideRecord(
				slug,
				data?.title ?? slug,
				data?.description ?? '',
				guide.body,
				urls.guideUrl(slug),
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

/** A shard's digest: Pagefind's version and settings, and its records' URLs and HTML in order. */
function shardDigest(records: readonly SearchRecord[]): string {
	const hash = createHash('sha256').update(`${pagefindVersion}\0${JSON.stringify(pagefindConfig)}`);
	for (const record of records) hash.update(`\0${record.url}\0${record.html}`);
	return hash.digest('hex');
}

/** Pagefind's output for one shard's records, written to `dir` (through a temp folder). */
async function indexShard(records: readonly SearchRecord[], dir: string): Promise<string[]> {
	const { index, errors } = await pagefind.createIndex(pagefindConfig);
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	for (const record of records) {
		const added = await index.addHTMLFile({ url: record.url, content: record.html });
		errors.push(...added.errors);
	}
	const temp = `${dir}.tmp-${process.pid}`;
	rmSync(temp, { recursive: true, force: true });
	const written = await index.writeFiles({ outputPath: temp });
	errors.push(...written.errors);
	await index.deleteIndex();
	rmSync(dir, { recursive: true, force: true });
	renameSync(temp, dir);
	return errors;
}

/**
 * Writes `<outDir>/pagefind/`: shard 0 there, the others in their folders listed in `shards.json`
 * (src/search/shards.ts), with the fold table and the synonym groups search loads beside them.
 */
export async function writeSearchIndex(
	records: readonly SearchRecord[],
	outDir: string,
	{ synonyms = [], shardRecords = defaultShardRecords, cacheDir }: SearchIndexOptions = {},
): Promise<IndexReport> {
	const count = shardCount(records.length, shardRecords);
	const groups: SearchRecord[][] = Array.from({ length: count }, () => []);
	for (const record of records) groups[shardOf(record.url, count)]!.push(record);
	// An empty shard other than the first (possible with few records) is left out.
	const shards = groups
		.filter((group, i) => i === 0 || group.length)
		.map((group) => ({ records: group, digest: shardDigest(group) }));
	const store = cacheDir ?? join(outDir, '.pagefind-shards');
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

	const target = join(outDir, 'pagefind');
	rmSync(target, { recursive: true, force: true });
	cpSync(join(store, shards[0]!.digest), target, { recursive: true });
	const folders: string[] = [];
	for (const shard of shards.slice(1)) {
		const folder = shardFolder(shard.digest);
		folders.push(folder);
		const from = join(store, shard.digest);
		// The script and the WebAssembly are shard 0's.
		for (const name of readdirSync(from).filter(isIndexPart))
			cpSync(join(from, name), join(target, folder, name), { recursive: true });
	}
	writeFileSync(join(target, shardsFile), JSON.stringify(folders));
	// The browser folds queries with the same table the index was folded with.
	writeFileSync(join(target, foldTableFile), installNodeFolder());
	writeFileSync(join(target, synonymsFile), JSON.stringify(synonyms));
	// The cache keeps this build's shards only; without a cache folder the shards were temporary.
	const kept = new Set(shards.map((shard) => shard.digest));
	if (cacheDir) {
		for (const name of readdirSync(store))
			if (!kept.has(name)) rmSync(join(store, name), { recursive: true, force: true });
	} else rmSync(store, { recursive: true, force: true });
	return { records: records.length, errors, shards: shards.length, reused };
}

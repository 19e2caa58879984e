/**
 * How the search index is split, shared by the build, the search client and the offline lists.
 * Pagefind has no incremental mode and its cost grows faster than its record count, so a large
 * handbook's records go to several indexes (shards) by a stable hash of their URL, and a rebuild
 * indexes again only the shards whose records changed. Shard 0 is Pagefind's own folder
 * (`pagefind/`, with its script and WebAssembly); every other shard is a folder inside it named
 * by its content digest (so all of it is immutable under its name), listed in `shards.json`.
 * The browser merges them at query time (Pagefind's `mergeIndex`).
 */
import { fnv1a } from '../lib/fnv.ts';

/** The folders Pagefind writes an index's content-named chunks into. */
export const chunkFolders: readonly string[] = ['index', 'fragment', 'filter'];

/**
 * What one index is made of, by name inside its folder: its entry, its metadata and its chunk
 * folders (shard 0 also holds the script and the WebAssembly every shard uses).
 */
export const isIndexPart = (name: string): boolean =>
	name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || chunkFolders.includes(name);

/** The list of extra shard folders, inside `pagefind/`. */
export const shardsFile = 'shards.json';

/** Extra shard folders are `shard-<digest>/`. */
export const shardFolderPrefix = 'shard-';

/** How many shards `records` records take: one up to `perShard`, so small handbooks keep one index. */
export const shardCount = (records: number, perShard: number): number =>
	Math.max(1, Math.ceil(records / perShard));

/** The shard a record's URL belongs to: the same on every build. */
export const shardOf = (url: string, count: number): number => fnv1a(url) % count;

/** The folder (inside `pagefind/`) of a shard other than the first, from its content digest. */
export const shardFolder = (digest: string): string =>
	`${shardFolderPrefix}${digest.slice(0, 20)}/`;

/** What a served `shards.json` may hold: folder names as the build writes them, nothing else. */
export function parseShardList(text: string): string[] {
	const list: unknown = JSON.parse(text);
	if (!Array.isArray(list)) throw new Error(`${shardsFile}: not a list`);
	return list.map((entry) => {
		if (typeof entry !== 'string' || !/^shard-[0-9a-f]{20}\/$/.test(entry))
			throw new Error(`${shardsFile}: unexpected entry ${JSON.stringify(entry)}`);
		return entry;
	});
}

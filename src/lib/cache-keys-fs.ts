/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page from
 * `getStaticPaths` is copied from the last build when its key and its code are unchanged, so a
 * key covers everything the page shows that is not code: the entries it shows (their data as
 * parsed and their file's digest) and the rest of `content/` (site.yaml, vocabulary, synonyms,
 * sets …), which pages read with fs and Astro's module graph therefore cannot see. A key that
 * misses something is a silent stale page: tests/e2e/incremental-build.test.ts compares an
 * incremental build with a full one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentFolders } from '../../schemas/content-files.ts';
import { siteConfig } from '../config/site.ts';

/** What a key is made of: entries (by their content) or plain text. */
export type KeyPart = string | number | undefined | KeyedEntry | readonly KeyedEntry[];

interface KeyedEntry {
	id: string;
	collection: string;
	digest?: string | number;
	data: unknown;
	body?: string;
}

const sha = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Every file of `content/` that is neither a case nor a guide, and the site config as parsed (environment overrides too). */
export function computeEnvironmentDigest(root: string): string {
	const hash = createHash('sha256').update(JSON.stringify(siteConfig));
	const skip = new Set(Object.values(contentFolders).map((folder) => join(root, folder)));
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
			a.name.localeCompare(b.name),
		)) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (!skip.has(path)) walk(path);
			} else if (entry.isFile()) {
				hash.update(`\0${relative(root, path)}\0`).update(readFileSync(path));
			}
		}
	};
	walk(join(root, 'content'));
	return hash.digest('base64url');
}

let environment: string | undefined;
/** Read once per build: every page key includes it. */
export function environmentDigest(): string {
	environment ??= computeEnvironmentDigest(process.cwd());
	return environment;
}

/** By entry object: the pages of a build share the entries, so each is hashed once. */
const entryKeys = new WeakMap<KeyedEntry, string>();

/** One entry's part of a key: its data as the schema parsed it, its body and its file's digest. */
export function entryKey(entry: KeyedEntry): string {
	let key = entryKeys.get(entry);
	if (key === undefined) {
		key = sha(
			`${entry.collection}/${entry.id}\0${entry.digest}\0${JSON.stringify(entry.data)}\0${entry.body ?? ''}`,
		);
		entryKeys.set(entry, key);
	}
	return key;
}

/** The `cacheKey` of a page that shows these parts (and, like every page, the rest of `content/`). */
export function cacheKey(...parts: readonly KeyPart[]): string {
	const hash = createHash('sha256').update(environmentDigest());
	for (const part of parts) {
		const entries = Array.isArray(part) ? part : [part];
		for (const item of entries as readonly (KeyedEntry | string | number | undefined)[]) {
			hash.update('\0');
			if (item === undefined) hash.update('-');
			else if (typeof item === 'object') hash.update(entryKey(item));
			else hash.update(String(item));
		}
	}
	return hash.digest('base64url');
}

/** A case page's key: the case and the cases it names as related (their titles and summaries are shown). */
export function caseCacheKey<E extends KeyedEntry & { data: { related?: readonly string[] } }>(
	entry: E,
	byId: ReadonlyMap<string, E>,
): string {
	const related = (entry.data.related ?? []).map((id) => byId.get(id) ?? id);
	return cacheKey(entry, ...related);
}

/**
 * The checker's single-file results kept on disk between runs (Node only), so a build or
 * `check` after a one-case change checks that case alone; the rules over every file still run.
 * One file per project in `node_modules/.cache/mot-check/` (cache-folder-fs.ts), never in the
 * project: a pull request could commit a cache that passes its own cases; `npm ci` starts it
 * afresh. A result is reused only for the same file name and text, vocabulary and checker code
 * (checker-version-fs.ts).
 * Stored with V8's serializer (structured clone: plain data only, no code; five times faster to
 * write than JSON for Chinese text). The file is untrusted input: a checksum before anything is
 * read, then a schema for its shape and for each entry used; anything else is ignored and checked
 * again. Deleting the folder is always safe.
 */
import { hash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { z } from 'astro/zod';
import type { CaseData } from '../../schemas/case.ts';
import type { CheckMemo } from './check.ts';
import { defaultCacheDir, prune } from './cache-folder-fs.ts';
import { checkerVersion } from './checker-version-fs.ts';

const header = 'mot-check-cache 2';
const problemSchema = z.strictObject({
	file: z.string(),
	line: z.number(),
	column: z.number(),
	severity: z.enum(['error', 'warning']),
	rule: z.string(),
	field: z.string(),
	message: z.string(),
	params: z.record(z.string(), z.unknown()).optional(),
	fix: z.string().optional(),
	edits: z
		.array(z.strictObject({ offset: z.number(), remove: z.number(), insert: z.string() }))
		.optional(),
});

const entrySchema = z.strictObject({
	problems: z.array(problemSchema),
	/** The schema's output, kept as it was (plain data: isPlainData). */
	data: z
		.custom<CaseData>(
			(value) => typeof value === 'object' && value !== null && !Array.isArray(value),
		)
		.optional(),
	caseLinks: z.array(z.strictObject({ id: z.string(), index: z.number() })),
	signature: z
		.strictObject({
			size: z.number().int().nonnegative(),
			minhash: z.instanceof(Uint32Array).refine((minhash) => minhash.length === 32),
		})
		.nullable()
		.optional(),
});

const cacheSchema = z.strictObject({
	/** The checker's version and the vocabulary's digest. */
	key: z.string(),
	root: z.string(),
	entries: z.record(z.string(), z.unknown()),
});

const sha256 = (data: string | Buffer) => hash('sha256', data);

/** True for what V8's serializer gives back exactly: primitives, dates, arrays, plain objects and the signature's typed array. */
function isPlainData(value: unknown): boolean {
	if (value === null || typeof value !== 'object')
		return typeof value !== 'function' && typeof value !== 'symbol' && typeof value !== 'bigint';
	if (value instanceof Date || value instanceof Uint32Array) return true;
	if (Array.isArray(value)) return value.every(isPlainData);
	const prototype = Object.getPrototypeOf(value);
	if (prototype !== Object.prototype && prototype !== null) return false;
	return Object.values(value).every(isPlainData);
}

/** The one cache file of a project root. */
export const cacheFile = (dir: string, root: string) =>
	join(dir, `${sha256(root).slice(0, 32)}.bin`);

/** A project's cache file in the default folder (what a benchmark deletes for a cold run); undefined outside node_modules. */
export function projectCacheFile(root: string): string | undefined {
	const dir = defaultCacheDir();
	return dir && cacheFile(dir, root);
}

export interface CheckCache extends CheckMemo {
	/** Writes the results used or made by this run (and only those), when anything changed. */
	save(): void;
	/** How many files' results were reused this run. */
	readonly hits: number;
}

/** The stored entries, or none when the file is missing, corrupt, foreign or for other code or vocabulary. */
function load(path: string, key: string, root: string): Record<string, unknown> {
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch {
		return {};
	}
	const newline = bytes.indexOf(0x0a);
	const body = bytes.subarray(newline + 1);
	// Nothing is deserialized unless the checksum says these are the bytes a run wrote.
	if (newline < 0 || bytes.toString('latin1', 0, newline) !== `${header} ${sha256(body)}`)
		return {};
	let parsed: unknown;
	try {
		parsed = deserialize(body);
	} catch {
		return {};
	}
	const cache = cacheSchema.safeParse(parsed);
	if (!cache.success || cache.data.key !== key || cache.data.root !== root) return {};
	return cache.data.entries;
}

/**
 * The cache for one project root, checked with `vocabulary`; undefined when the checker's
 * code cannot be digested (then every file is checked, as without a cache).
 */
export function openCheckCache(
	dir: string,
	root: string,
	vocabulary: unknown,
): CheckCache | undefined {
	const version = checkerVersion();
	if (!version) return undefined;
	// The serializer, not JSON: a Map or Set in a future vocabulary would print as `{}` in JSON.
	const key = sha256(Buffer.concat([Buffer.from(`${version}\n`), serialize(vocabulary)]));
	const path = cacheFile(dir, root);
	const stored = load(path, key, root);
	const next = new Map<string, unknown>();
	let hits = 0;
	let remembered = 0;
	const entryKey = (kind: string, file: string, text: string) =>
		`${kind} ${sha256(`${file}\0${text}`)}`;

	return {
		get hits() {
			return hits;
		},
		recall(kind, file, text) {
			const id = entryKey(kind, file, text);
			const raw = Object.hasOwn(stored, id) ? stored[id] : undefined;
			const entry = raw === undefined ? undefined : entrySchema.safeParse(raw);
			if (!entry?.success) return undefined;
			hits++;
			next.set(id, raw);
			return entry.data;
		},
		remember(kind, file, text, result) {
			// Kept only when it is plain data; otherwise the file is checked every time.
			if (!isPlainData(result)) return;
			next.set(entryKey(kind, file, text), result);
			remembered++;
		},
		save() {
			try {
				if (!remembered && next.size === Object.keys(stored).length) {
					// Nothing changed: marked as used, so pruning keeps it.
					const now = new Date();
					utimesSync(path, now, now);
					return;
				}
				mkdirSync(dir, { recursive: true });
				const body = serialize({ key, root, entries: Object.fromEntries(next) });
				// Written aside and renamed: a reader sees the old file or the new one, never half of one.
				const temp = `${path}.${randomUUID()}.tmp`;
				writeFileSync(temp, Buffer.concat([Buffer.from(`${header} ${sha256(body)}\n`), body]));
				renameSync(temp, path);
				prune(dir, path);
			} catch {
				// A cache that cannot be written only makes the next run slower.
			}
		},
	};
}

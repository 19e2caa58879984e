/**
 * Folders of the output an integration keeps exact itself, across builds: the output pruning
 * (clear-output.ts) leaves them alone. The search index keeps `pagefind/` this way, so a rebuild
 * rewrites only the shards that changed instead of deleting and copying every index file; the
 * case files (case-files.ts) keep `qr/c/` and `author/source/` with `writeOwnedFiles`.
 * Node only.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const owned = new Set<string>();

/** Claims a folder of the output (`pagefind`, `qr/c`: a path from the output folder) for the integration that writes it. */
export function ownOutputFolder(path: string): void {
	owned.add(path);
}

/** The folders claimed in this process. */
export function ownedOutputFolders(): ReadonlySet<string> {
	return owned;
}

/** A file an owned folder should hold. */
export interface OwnedFile {
	/** What the file is made from: the same key as last build's (and the file there) means it is unchanged. */
	key: string;
	/** Its content, made only when the key changed. */
	make: () => string | Uint8Array | Promise<string | Uint8Array>;
}

export interface OwnedFilesReport {
	written: number;
	kept: number;
	deleted: number;
}

/**
 * Makes `<outDir>/<folder>/` hold exactly `files` (by path inside it: `a.svg`, `a/index.html`):
 * a file whose key is the one recorded last time and which is still there is kept, others are
 * made and written, and what the folder holds outside `files` is deleted (at its top: a file or
 * a folder no path starts with). The keys are recorded in `manifest` (in the cache folder),
 * removed while writing: a build stopped half-way leaves none, and the next build writes every file.
 */
export async function writeOwnedFiles(
	outDir: string,
	folder: string,
	files: ReadonlyMap<string, OwnedFile>,
	manifest: string,
): Promise<OwnedFilesReport> {
	const dir = join(outDir, folder);
	let previous: Record<string, string> = {};
	try {
		previous = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string>;
	} catch {
		// No manifest (first build, or one stopped while writing): every file is written.
	}
	rmSync(manifest, { force: true });
	mkdirSync(dir, { recursive: true });
	const report: OwnedFilesReport = { written: 0, kept: 0, deleted: 0 };
	const tops = new Set([...files.keys()].map((path) => path.split('/')[0]));
	for (const name of readdirSync(dir)) {
		if (tops.has(name)) continue;
		rmSync(join(dir, name), { recursive: true, force: true });
		report.deleted++;
	}
	const keys: Record<string, string> = {};
	for (const [name, file] of files) {
		keys[name] = file.key;
		const path = join(dir, name);
		if (previous[name] === file.key && existsSync(path)) {
			report.kept++;
			continue;
		}
		if (name.includes('/')) mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, await file.make());
		report.written++;
	}
	mkdirSync(dirname(manifest), { recursive: true });
	writeFileSync(manifest, JSON.stringify(keys));
	return report;
}

/**
 * The folder the check cache lives in (Node only): found beside the checker's own dependencies,
 * and kept small, since every test and benchmark copy of a project leaves a file there.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';
import { enclosingNodeModules } from './node-modules-fs.ts';

/** Other projects' cache files (test and benchmark copies) go after this long unused… */
const maxAgeMs = 3 * 24 * 3600 * 1000;
/** …or, oldest first, when the folder holds more than this. */
const maxFolderBytes = 256 * 1024 * 1024;

/** `node_modules/.cache/mot-check` of the node_modules this checker's dependencies come from. */
export function defaultCacheDir(): string | undefined {
	const found = findPackageJSON('js-yaml', import.meta.url);
	const folder = found && enclosingNodeModules(dirname(found));
	return folder ? join(folder, '.cache', 'mot-check') : undefined;
}

/** Removes other projects' cache files unused for days, and the oldest when the folder grows too big. */
export function prune(dir: string, own: string): void {
	const now = Date.now();
	const files = readdirSync(dir)
		.map((name) => join(dir, name))
		.filter((path) => path !== own)
		.flatMap((path) => {
			try {
				const stats = statSync(path);
				return stats.isFile() ? [{ path, size: stats.size, mtime: stats.mtimeMs }] : [];
			} catch {
				return [];
			}
		})
		.sort((a, b) => b.mtime - a.mtime);
	let total = statSync(own).size;
	for (const file of files) {
		total += file.size;
		if (now - file.mtime > maxAgeMs || total > maxFolderBytes) rmSync(file.path, { force: true });
	}
}

/**
 * The last build's output, before a build. After a build that finished, dist/ is kept: the
 * incremental build leaves a reused page where it is (Astro copies it from its cache only when
 * dist/ lacks it, tens of thousands of copies in a large handbook), and once the pages are built
 * every file the build neither wrote nor reused is deleted (a removed case's pages, old assets),
 * so dist/ holds exactly what a build into an empty folder would (folders another integration
 * keeps exact itself, owned-output.ts, excepted). Otherwise (first build, a build
 * that stopped half-way, no incremental cache) dist/ is cleared with one rename instead of Astro's
 * file-by-file delete, and deleted in the background while the build goes on.
 */
import {
	existsSync,
	mkdirSync,
	readdirSync,
	renameSync,
	rmdirSync,
	rmSync,
	statSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ownedOutputFolders } from './owned-output.ts';

const asidePrefix = 'previous-output-';
/** Written once a build's pages are complete, removed when the next build starts writing. */
const completeMarker = 'output-complete';

/**
 * Every file under `dir`, as paths relative to it, except in the folders `skip` names (paths
 * from `dir`: `pagefind`, `qr/c`).
 * Listed on the file system's threads: it runs while the build bundles and renders (reading
 * the folders of 70,000 pages took 2.2 s of the main thread after the pages were built).
 */
export async function listOutput(dir: string, skip: ReadonlySet<string>): Promise<string[]> {
	const files: string[] = [];
	const walk = async (relative: string): Promise<void> => {
		const entries = await readdir(join(dir, relative), { withFileTypes: true });
		await Promise.all(
			entries.map((entry) => {
				const path = relative ? `${relative}/${entry.name}` : entry.name;
				if (!entry.isDirectory()) files.push(path);
				else if (!skip.has(path)) return walk(path);
				return undefined;
			}),
		);
	};
	await walk('');
	return files;
}

/**
 * Deletes the `listed` files of `dir` (those there before the build) that the build neither
 * wrote (written before `since`) nor reused (`keep`, absolute paths), then the folders that
 * leaves empty. A file the build added is not listed, and it is the build's.
 */
export function pruneOutput(
	dir: string,
	listed: readonly string[],
	since: number,
	keep: ReadonlySet<string>,
): void {
	const emptied = new Set<string>();
	for (const file of listed) {
		const path = join(dir, file);
		if (keep.has(path)) continue;
		const stats = statSync(path, { throwIfNoEntry: false });
		if (stats && stats.mtimeMs < since) {
			unlinkSync(path);
			emptied.add(dirname(file));
		}
	}
	// Deepest first, each up to the first folder that still holds something.
	const depth = (folder: string) => folder.split('/').length;
	for (const folder of [...emptied].sort((a, b) => depth(b) - depth(a))) {
		for (let at = folder; at !== '.' && at !== ''; at = dirname(at)) {
			try {
				rmdirSync(join(dir, at));
			} catch {
				break;
			}
		}
	}
}

export function clearOutput(): AstroIntegration {
	let outDir = '';
	let cacheDir = '';
	let keep = false;
	let started = 0;
	let removal: Promise<unknown> = Promise.resolve();
	let listing: Promise<string[]> = Promise.resolve([]);
	return {
		name: 'mot-clear-output',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig }) => {
				outDir = fileURLToPath(config.outDir);
				cacheDir = fileURLToPath(config.cacheDir);
				keep =
					command === 'build' &&
					config.experimental.incrementalBuild === true &&
					existsSync(join(cacheDir, completeMarker)) &&
					existsSync(outDir) &&
					!existsSync(join(outDir, '.git'));
				if (keep) updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:start': () => {
				mkdirSync(cacheDir, { recursive: true });
				// Until this build's pages are complete, dist/ is no build's output.
				rmSync(join(cacheDir, completeMarker), { force: true });
				started = Date.now();
				// Leftovers of a build that was stopped before it finished deleting.
				const aside = readdirSync(cacheDir)
					.filter((name) => name.startsWith(asidePrefix))
					.map((name) => join(cacheDir, name));
				// Astro keeps a .git inside the output (a deploy worktree): then it deletes, not this.
				if (!keep && existsSync(outDir) && !existsSync(join(outDir, '.git'))) {
					const to = join(cacheDir, `${asidePrefix}${process.pid}-${Date.now()}`);
					try {
						renameSync(outDir, to);
						aside.push(to);
					} catch {
						// Another file system, or a mount point: Astro deletes it as before.
					}
				}
				removal = Promise.all(aside.map((dir) => rm(dir, { recursive: true, force: true })));
				// What the kept output holds before this build writes: what may be left over after it.
				if (keep) listing = listOutput(outDir, ownedOutputFolders());
			},
			'astro:build:done': async ({ assets }) => {
				await removal;
				// Runs before the search index and the service worker write theirs (integration order).
				if (keep) {
					const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
					pruneOutput(outDir, await listing, started, pages);
				}
				mkdirSync(cacheDir, { recursive: true });
				writeFileSync(join(cacheDir, completeMarker), '');
			},
		},
	};
}

/**
 * The last build's output, before a build. After a build that finished, dist/ is kept: the
 * incremental build leaves a reused page where it is (Astro copies it from its cache only when
 * dist/ lacks it, tens of thousands of copies in a large handbook), and once the pages are built
 * every file the build neither wrote nor reused is deleted (a removed case's pages, old assets),
 * so dist/ holds exactly what a build into an empty folder would. Otherwise (first build, a build
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
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const asidePrefix = 'previous-output-';
/** Written once a build's pages are complete, removed when the next build starts writing. */
const completeMarker = 'output-complete';

/** Deletes the files under `dir` written before `since` that are not in `keep`, then empty folders; true when `dir` is left empty. */
export function pruneOutput(dir: string, since: number, keep: ReadonlySet<string>): boolean {
	let empty = true;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (pruneOutput(path, since, keep)) rmdirSync(path);
			else empty = false;
		} else if (!keep.has(path) && statSync(path).mtimeMs < since) unlinkSync(path);
		else empty = false;
	}
	return empty;
}

export function clearOutput(): AstroIntegration {
	let outDir = '';
	let cacheDir = '';
	let keep = false;
	let started = 0;
	let removal: Promise<unknown> = Promise.resolve();
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
			},
			'astro:build:done': async ({ assets }) => {
				await removal;
				// Runs before the search index and the service worker write theirs (integration order).
				if (keep) {
					const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
					pruneOutput(outDir, started, pages);
				}
				mkdirSync(cacheDir, { recursive: true });
				writeFileSync(join(cacheDir, completeMarker), '');
			},
		},
	};
}

/**
 * Clears the last build's output with one rename instead of Astro's file-by-file delete, which
 * blocks the build before anything else runs (a large handbook's dist/ holds tens of thousands of
 * files; pages the incremental build reuses come from its cache, not from dist/). The old folder
 * is deleted in the background while the build goes on, and awaited when it ends.
 */
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const asidePrefix = 'previous-output-';

export function clearOutput(): AstroIntegration {
	let outDir = '';
	let cacheDir = '';
	let removal: Promise<unknown> = Promise.resolve();
	return {
		name: 'mot-clear-output',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:start': () => {
				mkdirSync(cacheDir, { recursive: true });
				// Leftovers of a build that was stopped before it finished deleting.
				const aside = readdirSync(cacheDir)
					.filter((name) => name.startsWith(asidePrefix))
					.map((name) => join(cacheDir, name));
				// Astro keeps a .git inside the output (a deploy worktree): then it deletes, not this.
				if (existsSync(outDir) && !existsSync(join(outDir, '.git'))) {
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
			'astro:build:done': async () => {
				await removal;
			},
		},
	};
}

/**
 * Copies the site's code (not its content) into another folder, with `node_modules` linked,
 * so a build can run there on other cases: benchmarks, Lighthouse and tests all use it.
 */
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** What `astro build` needs besides `content/`. */
export const siteCodeEntries = [
	'src',
	'schemas',
	'public',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
	// The pull request template the form fills.
	'.github',
] as const;

export function copySiteCode(to: string, from = repoRoot): void {
	for (const entry of siteCodeEntries) {
		if (existsSync(join(from, entry)))
			cpSync(join(from, entry), join(to, entry), { recursive: true });
	}
	symlinkSync(join(from, 'node_modules'), join(to, 'node_modules'), 'dir');
}

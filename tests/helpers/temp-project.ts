/**
 * A throwaway copy of the project in a temp folder: its own content, the real code and
 * config, and node_modules linked, so CLI and build tests never touch `content/`.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { copySiteCode, repoRoot } from '../../scripts/lib/project-copy.ts';

export { repoRoot };

export interface TempProject {
	root: string;
	write(file: string, text: string): void;
	remove(file: string): void;
	/** Runs `node <script> …args` in the project; returns exit code (-1 when killed at `timeout` ms) and output. */
	run(
		script: string,
		args?: string[],
		env?: Record<string, string>,
		timeout?: number,
	): { code: number; stdout: string; stderr: string };
	dispose(): void;
}

export interface TempProjectOptions {
	/** Copy the site's code (src, schemas, public, astro config) so `astro build` works. */
	site?: boolean;
	/** Copy the sample cases and the guides (which link to them) too. */
	samples?: boolean;
}

export function createTempProject(
	files: Record<string, string> = {},
	options: TempProjectOptions = {},
): TempProject {
	const root = mkdtempSync(join(tmpdir(), 'mot-project-'));
	mkdirSync(join(root, 'content/cases'), { recursive: true });
	cpSync(join(repoRoot, 'content/site.yaml'), join(root, 'content/site.yaml'));
	cpSync(join(repoRoot, 'tests/fixtures/vocabulary.yaml'), join(root, 'content/vocabulary.yaml'));
	if (options.site) {
		copySiteCode(root);
	}
	if (options.samples) {
		// Guides link to sample cases, so they come with them.
		cpSync(join(repoRoot, 'content/cases'), join(root, 'content/cases'), { recursive: true });
		cpSync(join(repoRoot, 'content/guides'), join(root, 'content/guides'), { recursive: true });
		// Sample case sets and teaching notes name sample cases.
		for (const folder of ['content/sets', 'content/notes'])
			cpSync(join(repoRoot, folder), join(root, folder), { recursive: true });
		cpSync(join(repoRoot, 'content/vocabulary.yaml'), join(root, 'content/vocabulary.yaml'));
		// The synonym list is written for the samples (打折 finds the case that says 折扣).
		cpSync(join(repoRoot, 'content/synonyms.yaml'), join(root, 'content/synonyms.yaml'));
	}
	const project: TempProject = {
		root,
		write(file, text) {
			mkdirSync(dirname(join(root, file)), { recursive: true });
			writeFileSync(join(root, file), text);
		},
		remove(file) {
			rmSync(join(root, file), { force: true });
		},
		run(script, args = [], env = {}, timeout = 300_000) {
			const result = spawnSync(
				process.execPath,
				[script.startsWith('/') ? script : join(repoRoot, script), ...args],
				{
					cwd: root,
					encoding: 'utf8',
					// Vitest sets NODE_ENV=test; a build must see what `npm run build` sees.
					env: {
						...process.env,
						NODE_ENV: 'production',
						NO_COLOR: '1',
						ASTRO_TELEMETRY_DISABLED: '1',
						...env,
					},
					timeout,
				},
			);
			return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
		},
		dispose() {
			rmSync(root, { recursive: true, force: true });
		},
	};
	for (const [file, text] of Object.entries(files)) project.write(file, text);
	return project;
}

/** The last build's output is moved aside at once and deleted in the background; a deploy worktree's .git stays Astro's business. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { clearOutput } from '../../src/integrations/clear-output.ts';

const root = mkdtempSync(join(tmpdir(), 'mot-clear-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the integration's hooks as `astro build` does, around a build that writes one page. */
async function build(project: string) {
	const integration = clearOutput();
	const hook = (name: string, options: object = {}) =>
		(integration.hooks[name as keyof typeof integration.hooks] as (o: object) => unknown)(options);
	await hook('astro:config:done', {
		config: {
			outDir: pathToFileURL(join(project, 'dist/')),
			cacheDir: pathToFileURL(join(project, '.cache/astro/')),
		},
	});
	await hook('astro:build:start');
	const cleared = !existsSync(join(project, 'dist/old.html'));
	mkdirSync(join(project, 'dist'), { recursive: true });
	writeFileSync(join(project, 'dist/new.html'), 'new');
	await hook('astro:build:done');
	return cleared;
}

describe('clearing the output before a build', () => {
	it('empties dist/ before the build writes and leaves nothing aside once it is done', async () => {
		const project = join(root, 'a');
		mkdirSync(join(project, 'dist/deep/er'), { recursive: true });
		for (let i = 0; i < 200; i++) writeFileSync(join(project, `dist/deep/er/${i}.html`), 'x');
		writeFileSync(join(project, 'dist/old.html'), 'old');
		expect(await build(project)).toBe(true);
		expect(readdirSync(join(project, 'dist'))).toEqual(['new.html']);
		expect(readdirSync(join(project, '.cache/astro'))).toEqual([]);
	});

	it('removes what a stopped build left aside', async () => {
		const project = join(root, 'b');
		mkdirSync(join(project, '.cache/astro/previous-output-1-2/x'), { recursive: true });
		await build(project);
		expect(readdirSync(join(project, '.cache/astro'))).toEqual([]);
	});

	it('leaves an output folder holding .git to Astro, which keeps .git', async () => {
		const project = join(root, 'c');
		mkdirSync(join(project, 'dist/.git'), { recursive: true });
		writeFileSync(join(project, 'dist/old.html'), 'old');
		expect(await build(project)).toBe(false);
		expect(existsSync(join(project, 'dist/.git'))).toBe(true);
	});
});

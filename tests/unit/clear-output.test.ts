/** The last build's output is moved aside at once and deleted in the background; a deploy worktree's .git stays Astro's business. */
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { clearOutput } from '../../src/integrations/clear-output.ts';
import { ownOutputFolder } from '../../src/integrations/owned-output.ts';

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

/** What a build moved aside and has not deleted yet. */
const aside = (project: string) =>
	readdirSync(join(project, '.cache/astro')).filter((name) => name.startsWith('previous-output-'));

describe('clearing the output before a build', () => {
	it('empties dist/ before the build writes and leaves nothing aside once it is done', async () => {
		const project = join(root, 'a');
		mkdirSync(join(project, 'dist/deep/er'), { recursive: true });
		for (let i = 0; i < 200; i++) writeFileSync(join(project, `dist/deep/er/${i}.html`), 'x');
		writeFileSync(join(project, 'dist/old.html'), 'old');
		expect(await build(project)).toBe(true);
		expect(readdirSync(join(project, 'dist'))).toEqual(['new.html']);
		expect(aside(project)).toEqual([]);
	});

	it('removes what a stopped build left aside', async () => {
		const project = join(root, 'b');
		mkdirSync(join(project, '.cache/astro/previous-output-1-2/x'), { recursive: true });
		await build(project);
		expect(aside(project)).toEqual([]);
	});

	it('leaves an output folder holding .git to Astro, which keeps .git', async () => {
		const project = join(root, 'c');
		mkdirSync(join(project, 'dist/.git'), { recursive: true });
		writeFileSync(join(project, 'dist/old.html'), 'old');
		expect(await build(project)).toBe(false);
		expect(existsSync(join(project, 'dist/.git'))).toBe(true);
	});
});

/** A build as `astro build` runs the hooks with the incremental build on: `pages` are what it writes or reuses. */
async function incrementalBuild(project: string, pages: Record<string, string | null>) {
	const integration = clearOutput();
	const hook = (name: string, options: object = {}) =>
		(integration.hooks[name as keyof typeof integration.hooks] as (o: object) => unknown)(options);
	const config = {
		outDir: pathToFileURL(join(project, 'dist/')),
		cacheDir: pathToFileURL(join(project, '.cache/astro/')),
		experimental: { incrementalBuild: true },
	};
	let emptyOutDir: boolean | undefined;
	await hook('astro:config:setup', {
		config,
		command: 'build',
		updateConfig: (c: { vite: { build: { emptyOutDir: boolean } } }) => {
			emptyOutDir = c.vite.build.emptyOutDir;
		},
	});
	await hook('astro:config:done', { config });
	await hook('astro:build:start');
	const dist = join(project, 'dist');
	const kept = existsSync(dist) && readdirSync(dist, { recursive: true }).length > 0;
	// Astro empties dist/ itself unless told not to.
	if (emptyOutDir !== false) rmSync(join(project, 'dist'), { recursive: true, force: true });
	await new Promise((resolve) => setTimeout(resolve, 5));
	const assets = new Map<string, URL[]>();
	for (const [page, text] of Object.entries(pages)) {
		const file = join(project, 'dist', page);
		mkdirSync(join(file, '..'), { recursive: true });
		// null: a page the incremental build reuses, left as it is when it is there.
		if (text !== null || !existsSync(file)) writeFileSync(file, text ?? 'restored');
		assets.set(page, [pathToFileURL(file)]);
	}
	await hook('astro:build:done', { assets });
	return kept;
}

const listing = (dir: string) =>
	(readdirSync(dir, { recursive: true }) as string[])
		.filter((p) => !statSync(join(dir, p)).isDirectory())
		.sort();

describe('keeping the output of a finished build', () => {
	it('leaves reused pages in place and removes every file the next build did not make', async () => {
		const project = join(root, 'd');
		mkdirSync(join(project, 'dist'), { recursive: true });
		expect(await incrementalBuild(project, { 'a/index.html': 'a', 'gone/index.html': 'g' })).toBe(
			false,
		);
		writeFileSync(join(project, 'dist/_astro-old.js'), 'old asset');
		// The second build reuses a/, renders b/, and no longer has gone/.
		expect(await incrementalBuild(project, { 'a/index.html': null, 'b/index.html': 'b' })).toBe(
			true,
		);
		expect(listing(join(project, 'dist'))).toEqual(['a/index.html', 'b/index.html']);
		expect(readFileSync(join(project, 'dist/a/index.html'), 'utf8')).toBe('a');
	});

	it('leaves a folder another integration keeps exact itself (the search index) as it is', async () => {
		const project = join(root, 'f');
		ownOutputFolder('kept-by-another');
		// A folder inside one the build writes (the case files keep author/source/).
		ownOutputFolder('a/kept');
		await incrementalBuild(project, { 'a/index.html': 'a' });
		mkdirSync(join(project, 'dist/kept-by-another/deep'), { recursive: true });
		writeFileSync(join(project, 'dist/kept-by-another/deep/part.bin'), 'index');
		mkdirSync(join(project, 'dist/a/kept'), { recursive: true });
		writeFileSync(join(project, 'dist/a/kept/x.mdx'), 'source');
		writeFileSync(join(project, 'dist/a/stale.txt'), 'stale');
		writeFileSync(join(project, 'dist/stale.txt'), 'stale');
		await incrementalBuild(project, { 'a/index.html': null });
		expect(listing(join(project, 'dist'))).toEqual([
			'a/index.html',
			'a/kept/x.mdx',
			'kept-by-another/deep/part.bin',
		]);
	});

	it('clears the output of a build that stopped before its pages were complete', async () => {
		const project = join(root, 'e');
		await incrementalBuild(project, { 'a/index.html': 'a' });
		rmSync(join(project, '.cache/astro/output-complete'));
		expect(await incrementalBuild(project, { 'a/index.html': null })).toBe(false);
		expect(readFileSync(join(project, 'dist/a/index.html'), 'utf8')).toBe('restored');
	});
});

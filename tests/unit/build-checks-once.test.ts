/** The build checks every case once: the search index and the case files reuse case-check's result instead of checking again. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkProject, findContentFiles } from '../../src/checker/project-fs.ts';
import { caseCheck } from '../../src/integrations/case-check.ts';
import { caseFiles } from '../../src/integrations/case-files.ts';
import { searchIndex } from '../../src/integrations/search-index.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { collectRecords } from '../../src/search/build-index-fs.ts';
import { createTempProject } from '../helpers/temp-project.ts';

// Every importer of checkProject (case-check, build-check, build-index) gets this counting wrapper.
vi.mock('../../src/checker/project-fs.ts', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/checker/project-fs.ts')>();
	return { ...real, checkProject: vi.fn(real.checkProject) };
});

const root = new URL('../..', import.meta.url).pathname;
const cacheDir = mkdtempSync(join(tmpdir(), 'mot-cache-'));
const config = { root: pathToFileURL(root), base: '/', cacheDir: pathToFileURL(`${cacheDir}/`) };
const infos: string[] = [];
const logger = {
	info: (message: string) => infos.push(message),
	warn: () => {},
	error: () => {},
	debug: () => {},
};
/** Runs one hook with the few options it reads (Astro passes many more). */
const run = (
	integration: AstroIntegration,
	name: keyof AstroIntegration['hooks'],
	options: object,
) => (integration.hooks[name] as (options: object) => unknown)(options);

describe('one check per build', () => {
	const outDir = mkdtempSync(join(tmpdir(), 'mot-index-'));
	afterAll(() => {
		rmSync(outDir, { recursive: true, force: true });
		rmSync(cacheDir, { recursive: true, force: true });
	});
	const published =
		findContentFiles(root, 'cases').cases.length + findContentFiles(root, 'guides').cases.length;

	/**
	 * The hooks of the integrations that read the check, in the order `astro build` runs them
	 * (case-check's first when it is there): indexing starts with the build.
	 */
	async function build(withCaseCheck: boolean) {
		const check = caseCheck();
		const readers = [caseFiles({ defaultLang: 'zh' }), searchIndex({ defaultLang: 'zh' })];
		if (withCaseCheck) await run(check, 'astro:config:setup', { config, command: 'build', logger });
		for (const reader of readers) await run(reader, 'astro:config:done', { config });
		for (const reader of readers) await run(reader, 'astro:build:start', {});
		if (withCaseCheck) await run(check, 'astro:build:setup', {});
		for (const reader of readers)
			await run(reader, 'astro:build:done', { dir: pathToFileURL(`${outDir}/`), logger });
	}

	it('runs the checker in astro:config:setup and not again for the case files or the search index', async () => {
		vi.mocked(checkProject).mockClear();
		await build(true);
		expect(checkProject).toHaveBeenCalledTimes(1);
		expect(infos.at(-1)).toMatch(new RegExp(`^indexed ${published} records`));
		expect(infos.at(-2)).toMatch(
			new RegExp(`^${findContentFiles(root, 'cases').cases.length} cases: \\d+ files written`),
		);
	}, 60_000);

	it('checks once when the case files and the index are built without case-check', async () => {
		vi.mocked(checkProject).mockClear();
		await build(false);
		expect(checkProject).toHaveBeenCalledTimes(1);
		expect(infos.at(-1)).toMatch(new RegExp(`^indexed ${published} records`));
	}, 60_000);

	it('indexes guides in subfolders, and fails on a guide it cannot read instead of leaving it out', () => {
		const project = createTempProject(
			{
				'content/guides/part-two/chapter.mdx':
					'---\ntitle: 第二部分\ndescription: 一句话\norder: 9\n---\n\n正文。\n',
			},
			{ samples: true },
		);
		try {
			const urls = createUrls('/', 'zh');
			expect(collectRecords(project.root, urls).map((r) => r.url)).toContain(
				urls.guideUrl('part-two/chapter'),
			);
			execFileSync('mkfifo', [join(project.root, 'content/guides/pipe.mdx')]);
			expect(() => collectRecords(project.root, urls)).toThrow(/errors/);
		} finally {
			project.dispose();
		}
	});
});

/**
 * Incremental builds never leave a stale page: after one case's title changes, the incremental
 * build's pages equal a full build's, byte for byte, and of the pages Astro may reuse (those with
 * a cacheKey) it renders exactly those whose output changed. The project's handbook is "large"
 * (HANDBOOK_PAGE_CASES=4), so it comes in volumes, whose keys this checks too.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/checker/project-fs.ts';
import { parseGridCode } from '../../schemas/grid.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { createTempProject, type TempProject } from '../helpers/temp-project.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { htmlProblems } from '../helpers/html-validator.ts';

const astro = 'node_modules/astro/bin/astro.mjs';
const changedCase = 'content/cases/dealer-insurance-assessment.mdx';

/** Every built HTML file, by path inside dist/. */
function pages(dist: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.html'))
				out.set(relative(dist, path), readFileSync(path, 'utf8'));
		}
	};
	walk(dist);
	return out;
}

/** When each built HTML file was last written, by path inside dist/. */
const writeTimes = (dist: string): Map<string, number> =>
	new Map(
		(readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
			.filter((file) => file.endsWith('.html'))
			.map((file) => [file, statSync(join(dist, file)).mtimeMs]),
	);

/** The folders the build writes each case's files into (src/integrations/case-files.ts). */
const caseFileFolders = ['qr/c', 'author/source'];

/** When each file in `folders` of dist/ was last written. */
const fileTimes = (dist: string, folders: string[]): Map<string, number> =>
	new Map(
		folders.flatMap((folder) =>
			readdirSync(join(dist, folder)).map((name) => [
				`${folder}/${name}`,
				statSync(join(dist, folder, name)).mtimeMs,
			]),
		),
	);

/**
 * The pages a build rendered (written again) and those it reused (left as they were in dist/).
 * From the files, not the log: Astro renders pages four at a time and its log lines interleave.
 */
function rewritten(before: Map<string, number>, after: Map<string, number>) {
	const rendered = new Set<string>();
	const cached = new Set<string>();
	for (const [page, time] of after) (before.get(page) === time ? cached : rendered).add(page);
	return { rendered, cached };
}

describe('incremental build', () => {
	let project: TempProject;
	const build = (...args: string[]) => {
		const dist = join(project.root, 'dist');
		const before = writeTimes(dist);
		const result = project.run(join(project.root, astro), ['build', ...args], {
			HANDBOOK_PAGE_CASES: '4',
		});
		expect(result.code, result.stdout + result.stderr).toBe(0);
		return rewritten(before, writeTimes(dist));
	};
	let before: Map<string, string>;
	let keyed: Set<string>;
	let incremental: ReturnType<typeof rewritten>;
	let incrementalPages: Map<string, string>;
	let full: Map<string, string>;
	/** The case files (QR codes, sources) the incremental build wrote again, and those it kept. */
	let caseFiles: ReturnType<typeof rewritten>;

	beforeAll(() => {
		project = createTempProject({}, { site: true, samples: true });
		mkdirSync(join(project.root, 'dist'));
		build();
		before = pages(join(project.root, 'dist'));
		// Unchanged content: every page with a cacheKey comes from the cache.
		keyed = build().cached;
		const text = readFileSync(join(project.root, changedCase), 'utf8');
		project.write(changedCase, text.replace(/^title: (.*)$/m, 'title: 改过的标题 $1'));
		const caseFilesBefore = fileTimes(join(project.root, 'dist'), caseFileFolders);
		incremental = build();
		caseFiles = rewritten(caseFilesBefore, fileTimes(join(project.root, 'dist'), caseFileFolders));
		incrementalPages = pages(join(project.root, 'dist'));
		const copy = join(project.root, 'dist-incremental');
		cpSync(join(project.root, 'dist'), copy, { recursive: true });
		build('--force');
		full = pages(join(project.root, 'dist'));
		rmSync(copy, { recursive: true, force: true });
	}, 900_000);
	afterAll(() => project?.dispose());

	it('reuses every keyed page when nothing changed (case, presentation, short link and cell pages)', () => {
		for (const prefix of ['cases/', 'en/cases/', 'c/', 'grid/', 'handbook/', 'en/handbook/'])
			expect(
				[...keyed].some((page) => page.startsWith(prefix)),
				prefix,
			).toBe(true);
	});

	it('builds exactly the pages of a full build, with the new title wherever it shows', () => {
		expect([...incrementalPages.keys()].sort()).toEqual([...full.keys()].sort());
		const stale = [...full].filter(([page, html]) => incrementalPages.get(page) !== html);
		expect(stale.map(([page]) => page)).toEqual([]);
		const showing = [...full].filter(([, html]) => html.includes('改过的标题'));
		expect(showing.length).toBeGreaterThan(4);
	});

	it('renders again only the keyed pages whose output changed', () => {
		const changed = new Set(
			[...full].filter(([page, html]) => before.get(page) !== html).map(([page]) => page),
		);
		const renderedKeyed = [...incremental.rendered].filter((page) => keyed.has(page));
		expect(renderedKeyed.sort()).toEqual([...changed].filter((page) => keyed.has(page)).sort());
		// The changed case's own pages, the cases that list it as related, its handbook volume.
		for (const page of [
			'cases/dealer-insurance-assessment/index.html',
			'en/cases/dealer-insurance-assessment/present/index.html',
			'cases/car-showroom-comparison/index.html',
			'handbook/s2/index.html',
		])
			expect(renderedKeyed).toContain(page);
		// The list of volumes shows no titles: it is reused.
		expect(incremental.cached).toContain('handbook/index.html');
	});

	it("writes only the changed case's source again, with the new title, and keeps every QR code", () => {
		expect([...caseFiles.rendered]).toEqual(['author/source/dealer-insurance-assessment.mdx']);
		expect(caseFiles.cached.size).toBeGreaterThan(20);
		const source = readFileSync(
			join(project.root, 'dist/author/source/dealer-insurance-assessment.mdx'),
			'utf8',
		);
		expect(source).toBe(readFileSync(join(project.root, changedCase), 'utf8'));
		expect(source).toContain('title: 改过的标题');
	});

	it('prints a large handbook in volumes: every case once, in the volume of its first cell', async () => {
		const cases = checkProject({ root: project.root }).cases.map((c) => c.data!);
		const server = await serveStatic(join(project.root, 'dist'));
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			await page.goto(`${server.url}handbook/`);
			const volumes = await page
				.locator('a[data-handbook-volume]')
				.evaluateAll((links) => links.map((a) => a.getAttribute('data-handbook-volume')!));
			const found = new Map<string, string[]>();
			for (const volume of volumes) {
				await page.goto(`${server.url}handbook/${volume}/`);
				const titles = await page.locator('.handbook-case-title').allTextContents();
				for (const title of titles) found.set(title, [...(found.get(title) ?? []), volume]);
				expect(titles.length, volume).toBeGreaterThan(0);
			}
			expect(Object.fromEntries(found)).toEqual(
				Object.fromEntries(
					cases.map((c) => [c.title, [parseGridCode(c.grid[0]!)!.cell.code.toLowerCase()]]),
				),
			);
		} finally {
			await browser.close();
			await server.close();
		}
		const dist = join(project.root, 'dist');
		for (const page of ['handbook/index.html', 'en/handbook/index.html', 'handbook/s2/index.html'])
			expect(await htmlProblems(dist, page)).toEqual([]);
	});
});

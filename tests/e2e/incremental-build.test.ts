/**
 * Incremental builds never leave a stale page: after one case's title changes, the incremental
 * build's pages equal a full build's, byte for byte, and of the pages Astro may reuse (those with
 * a cacheKey) it renders exactly those whose output changed.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../helpers/temp-project.ts';

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

/** The pages a build log lists as rendered and as taken from the cache (`├─ /x/index.html (+3ms)` / `(cached)`). */
function logged(output: string) {
	const rendered = new Set<string>();
	const cached = new Set<string>();
	for (const match of output.matchAll(/[├└]─ \/(\S+\.html) \((cached|restored|\+[^)]*)\)/g))
		(match[2]!.startsWith('+') ? rendered : cached).add(match[1]!);
	return { rendered, cached };
}

describe('incremental build', () => {
	let project: TempProject;
	const build = (...args: string[]) => {
		const result = project.run(join(project.root, astro), ['build', ...args]);
		expect(result.code, result.stdout + result.stderr).toBe(0);
		return logged(result.stdout + result.stderr);
	};
	let before: Map<string, string>;
	let keyed: Set<string>;
	let incremental: ReturnType<typeof logged>;
	let incrementalPages: Map<string, string>;
	let full: Map<string, string>;

	beforeAll(() => {
		project = createTempProject({}, { site: true, samples: true });
		build();
		before = pages(join(project.root, 'dist'));
		// Unchanged content: every page with a cacheKey comes from the cache.
		keyed = build().cached;
		const text = readFileSync(join(project.root, changedCase), 'utf8');
		project.write(changedCase, text.replace(/^title: (.*)$/m, 'title: 改过的标题 $1'));
		incremental = build();
		incrementalPages = pages(join(project.root, 'dist'));
		const copy = join(project.root, 'dist-incremental');
		cpSync(join(project.root, 'dist'), copy, { recursive: true });
		build('--force');
		full = pages(join(project.root, 'dist'));
		rmSync(copy, { recursive: true, force: true });
	}, 900_000);
	afterAll(() => project?.dispose());

	it('reuses every keyed page when nothing changed (case, presentation, short link and cell pages)', () => {
		for (const prefix of ['cases/', 'en/cases/', 'c/', 'grid/'])
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
		// The changed case's own pages, the cases that list it as related, its cells.
		for (const page of [
			'cases/dealer-insurance-assessment/index.html',
			'en/cases/dealer-insurance-assessment/present/index.html',
			'cases/car-showroom-comparison/index.html',
		])
			expect(renderedKeyed).toContain(page);
	});
});

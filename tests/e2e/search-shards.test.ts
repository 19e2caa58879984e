/**
 * A handbook large enough for several search index shards (here forced with 4 records a shard):
 * search finds every case whichever shard holds it, facets count across shards, a rebuild after
 * one title change indexes only that case's shard and leaves the same index a build from nothing
 * gives, and search across shards works offline after the first visit.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { nodeSearch } from '../../scripts/lib/node-search.ts';
import { createTempProject, type TempProject } from '../helpers/temp-project.ts';
import { parseShardList, shardCount, shardOf } from '../../src/search/shards.ts';

const astro = 'node_modules/astro/bin/astro.mjs';
const perShard = 4;
const changedCase = 'content/cases/dealer-insurance-assessment.mdx';
const newTitle = '车险定损员迟迟不来';

let project: TempProject;
let dist = '';
let records = 0;
let browser: Browser;

function build(): string {
	const result = project.run(join(project.root, astro), ['build'], {
		SEARCH_SHARD_RECORDS: String(perShard),
	});
	expect(result.code, result.stdout + result.stderr).toBe(0);
	return /indexed \d+ records in \d+ ms[^\n]*/.exec(result.stdout)![0];
}

/** Every file under `dir`, by relative path, with its bytes. */
const tree = (dir: string): Map<string, Buffer> =>
	new Map(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const path = join(entry.parentPath, entry.name);
				return [relative(dir, path), readFileSync(path)];
			}),
	);

/** The published cases, from the site's own feed. */
const cases = () =>
	(
		JSON.parse(readFileSync(join(dist, 'cases.json'), 'utf8')) as {
			cases: { id: string; title: string; industry: string }[];
		}
	).cases;

/** Searches the served site with the browser's own search code (in Node). */
async function searchServed(query: string, facets = {}) {
	const server = await serveStatic(dist);
	try {
		return await (await nodeSearch(dist, server.url)).search(query, facets);
	} finally {
		await server.close();
	}
}

beforeAll(async () => {
	project = createTempProject({}, { site: true, samples: true });
	dist = join(project.root, 'dist');
	const log = build();
	records = Number(/indexed (\d+) records/.exec(log)![1]);
	expect(log).toMatch(/\(\d+ shards, 0 unchanged and reused\)/);
	browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
	await browser?.close();
	project?.dispose();
});

describe('a search index in shards', () => {
	it('is written as several indexes, listed for the browser', () => {
		const folders = parseShardList(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8'));
		expect(folders.length).toBeGreaterThan(2);
		for (const folder of folders)
			expect(readdirSync(join(dist, 'pagefind', folder)).sort()).toEqual(
				expect.arrayContaining(['fragment', 'index', 'pagefind-entry.json']),
			);
	});

	it('finds every case by its title, whichever shard holds it, and counts a facet across shards', async () => {
		const server = await serveStatic(dist);
		try {
			const search = await nodeSearch(dist, server.url);
			for (const c of cases()) expect((await search.search(c.title)).exact, c.id).toContain(c.id);
			const industry = cases()[0]!.industry;
			const listed = await search.search('', { industry: [industry] });
			expect(listed.exact.sort()).toEqual(
				cases()
					.filter((c) => c.industry === industry)
					.map((c) => c.id)
					.sort(),
			);
		} finally {
			await server.close();
		}
	}, 120_000);

	it('shows a case held by another shard than the first on the search page, also offline', async () => {
		const count = shardCount(records, perShard);
		const elsewhere = cases().find((c) => shardOf(`/cases/${c.id}/`, count) !== 0)!;
		const server = await serveStatic(dist);
		let serving = true;
		const port = new URL(server.origin).port;
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			const resultTitles = async (query: string) => {
				await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`);
				await page.waitForSelector('#results .result h2');
				return page.$$eval('#results .result h2', (h) => h.map((x) => x.textContent ?? ''));
			};
			expect(await resultTitles(elsewhere.title)).toContain(elsewhere.title);
			// The first visit saved search (every shard) for reading offline.
			await page.waitForSelector('#offline-panel:not([hidden])', { timeout: 30_000 });
			await server.close();
			serving = false;
			await context.setOffline(true);
			const other = cases().find(
				(c) => c.id !== elsewhere.id && shardOf(`/cases/${c.id}/`, count) !== 0,
			)!;
			expect(await resultTitles(other.title)).toContain(other.title);
			await context.setOffline(false);
		} finally {
			await context.close();
			if (serving) await server.close();
		}
	}, 120_000);

	it('after one title changes, indexes only its shard and gives the index a build from nothing gives', async () => {
		const text = readFileSync(join(project.root, changedCase), 'utf8');
		project.write(changedCase, text.replace(/^title: .*$/m, `title: ${newTitle}`));
		const count = readdirSync(join(project.root, '.cache/astro/search-shards')).length;
		expect(build()).toContain(`(${count} shards, ${count - 1} unchanged and reused)`);
		expect((await searchServed(newTitle)).exact).toEqual(['dealer-insurance-assessment']);

		const incremental = join(project.root, 'pagefind-incremental');
		cpSync(join(dist, 'pagefind'), incremental, { recursive: true });
		rmSync(join(project.root, '.cache/astro/search-shards'), { recursive: true, force: true });
		expect(build()).toContain(`(${count} shards, 0 unchanged and reused)`);
		const fresh = tree(join(dist, 'pagefind'));
		const kept = tree(incremental);
		expect([...kept.keys()].sort()).toEqual([...fresh.keys()].sort());
		const differing = [...fresh].filter(([path, bytes]) => !kept.get(path)!.equals(bytes));
		expect(differing.map(([path]) => path)).toEqual([]);
	}, 300_000);
});

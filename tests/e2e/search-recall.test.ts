import { describe, expect, inject, it } from 'vitest';
import { checkProject } from '../../src/checker/project-fs.ts';
import type { CaseData } from '../../schemas/case.ts';
import { nodeSearch } from '../../scripts/lib/node-search.ts';

const site = inject('site');
const cases = checkProject({ root: site.root }).cases.map((c) => c.data as CaseData);

/** Every run of 2–4 CJK characters in a text (no punctuation or spaces inside). */
function phrases(text: string): string[] {
	const out: string[] = [];
	for (const run of text.match(/[\p{Script=Han}]+/gu) ?? []) {
		const chars = [...run];
		for (let size = 2; size <= 4; size++)
			for (let i = 0; i + size <= chars.length; i++) out.push(chars.slice(i, i + size).join(''));
	}
	return out;
}

describe('Chinese search finds what Ctrl+F finds', () => {
	it('finds every sample case by every 2–4 character phrase of its title, summary, place and people', async () => {
		const search = await nodeSearch(site.dist, site.url);
		const queries = new Map<string, Set<string>>();
		for (const data of cases) {
			const fields = [
				data.title,
				data.summary,
				data.place,
				...data.people.flatMap((p) => [p.name, p.role]),
			];
			for (const phrase of fields.flatMap(phrases)) {
				if (!queries.has(phrase)) queries.set(phrase, new Set());
				queries.get(phrase)!.add(data.id);
			}
		}
		const missed: string[] = [];
		let pairs = 0;
		for (const [query, expected] of queries) {
			const { exact } = await search.search(query);
			for (const id of expected) {
				pairs++;
				if (!exact.includes(id)) missed.push(`${query} → ${id}`);
			}
		}
		expect(pairs).toBeGreaterThan(1000);
		expect(
			missed,
			`recall ${(1 - missed.length / pairs).toFixed(4)} over ${pairs} (query, case) pairs`,
		).toEqual([]);
	});

	it('returns only pages that contain the query as written (no scattered matches among exact results)', async () => {
		const search = await nodeSearch(site.dist, site.url);
		const { exact, loose } = await search.search('卡号');
		expect(exact).toContain('gold-card-lounge');
		expect(exact).not.toContain('restaurant-late-main-course');
		// "号卡" appears nowhere as written, though both characters appear in many cases.
		const reversed = await search.search('号卡');
		expect(reversed.exact).toEqual([]);
		expect(reversed.loose.length).toBeGreaterThan(0);
		expect(loose.every((id) => !exact.includes(id))).toBe(true);
	});

	it('ranks title and summary matches before body-only matches', async () => {
		const search = await nodeSearch(site.dist, site.url);
		const { exact } = await search.search('热线');
		const head = cases.filter((c) => `${c.title}${c.summary}`.includes('热线')).map((c) => c.id);
		expect(head.length).toBeGreaterThan(0);
		expect(new Set(exact.slice(0, head.length))).toEqual(new Set(head));
	});

	it('finds mixed Latin and Chinese queries', async () => {
		const search = await nodeSearch(site.dist, site.url);
		expect((await search.search('IC卡')).exact).toContain('taxi-ic-card-fare');
		expect((await search.search('4S店')).exact).toEqual(
			expect.arrayContaining(['dealer-insurance-assessment', 'dealer-front-desk-attitude']),
		);
	});
});

describe('what a case is filed under is searchable', () => {
	it('finds every sample case by each of its grid codes, their labels and its tags', async () => {
		const { parseGridCode } = await import('../../schemas/grid.ts');
		const search = await nodeSearch(site.dist, site.url);
		const missed: string[] = [];
		for (const data of cases) {
			const words = [
				...data.grid,
				...data.grid.map((code) => parseGridCode(code)!.point?.label.zh ?? ''),
				...(data.tags ?? []),
			].filter(Boolean);
			for (const word of words)
				if (!(await search.search(word)).exact.includes(data.id))
					missed.push(`${word} → ${data.id}`);
		}
		expect(missed).toEqual([]);
	});
});

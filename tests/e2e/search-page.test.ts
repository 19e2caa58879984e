import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { reusedTab } from '../helpers/reused-tab.ts';

const site = inject('site');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const open = reusedTab(() => browser, site.url);

async function search(path: string): Promise<Page> {
	const page = await open(path);
	// Done when the status says something other than "searching" (in the page's language).
	await page.waitForFunction(() => {
		const status = document.querySelector('#search-status')?.textContent ?? '';
		const loading = document.querySelector<HTMLElement>('#search-form')?.dataset.loading;
		return status !== '' && status !== loading;
	});
	return page;
}
const titles = (page: Page) =>
	page.$$eval('#results .result h2', (h) => h.map((x) => x.textContent ?? ''));

describe('the search page', () => {
	it('finds a case written in Simplified characters with a Traditional query', async () => {
		const page = await search(`search/?q=${encodeURIComponent('服務熱線')}`);
		expect(await titles(page)).toContain('查不到卡号的金卡客户');
	});

	it('finds the case written in Traditional characters with a Simplified query', async () => {
		const page = await search(`search/?q=${encodeURIComponent('迟到的烤猪脚')}`);
		expect(await titles(page)).toContain('遲到的烤豬腳');
	});

	it('narrows results with a facet, keeps it in the URL and after a reload', async () => {
		const count = async (page: Page) =>
			Number(/\d+/.exec((await page.textContent('#search-status')) ?? '')?.[0] ?? 0);
		const page = await search(`search/?q=${encodeURIComponent('客户')}`);
		const all = await count(page);
		await page.selectOption('#search-industry', 'automotive');
		await page.waitForFunction(
			(n) =>
				Number(/\d+/.exec(document.querySelector('#search-status')?.textContent ?? '')?.[0] ?? n) <
				n,
			all,
		);
		const narrowed = await count(page);
		expect(narrowed).toBeGreaterThan(0);
		expect(narrowed).toBeLessThan(all);
		const narrowedTitles = await titles(page);
		expect(page.url()).toContain('industry=automotive');
		await page.reload();
		await page.waitForSelector('#results .result');
		expect(await page.inputValue('#search-industry')).toBe('automotive');
		expect(await count(page)).toBe(narrowed);
		expect(await titles(page)).toEqual(narrowedTitles);
	});

	it('links a filtered search: kind and row facets from the URL apply', async () => {
		const page = await search(`search/?q=${encodeURIComponent('客户')}&kind=scqa&row=C`);
		expect(await page.inputValue('#search-kind')).toBe('scqa');
		const found = await titles(page);
		expect(found).toContain('十分钟回电的承诺');
		expect(found).not.toContain('查不到卡号的金卡客户');
	});

	it('says when nothing is found and offers to remove the filters', async () => {
		const page = await search(`search/?q=${encodeURIComponent('贵宾室')}&industry=taxi`);
		expect(await page.textContent('#search-status')).toContain('去掉一些筛选条件');
		expect(await page.isVisible('#clear-filters')).toBe(true);
		await page.click('#clear-filters');
		await page.waitForSelector('#results .result');
		expect(page.url()).not.toContain('industry=');
		expect((await titles(page)).length).toBeGreaterThan(0);
	});

	it('lists pages that hold all the characters apart after the exact matches', async () => {
		const page = await search(`search/?q=${encodeURIComponent('号卡')}`);
		expect(await page.$$eval('#results .result', (r) => r.length)).toBe(0);
		expect(await page.isVisible('#loose')).toBe(true);
		expect(await page.$$eval('#loose-results .result', (r) => r.length)).toBeGreaterThan(0);
	});
});

/** Case ids of the results in the main list, in order (from their links). */
const resultIds = (page: Page) =>
	page.$$eval('#results .result h2 a', (links) =>
		links.map((a) => /\/cases\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1] ?? ''),
	);

describe('search in the staff’s words', () => {
	// Each word is not in the case as written: a variant character, a synonym, a grid label or code.
	const everyday: [string, string[]][] = [
		['帐单', ['telecom-billing-media']],
		['打折', ['airline-discount-fare']],
		['生气', ['gold-card-lounge']],
		['VIP', ['gold-card-lounge']],
		['态度恶劣', ['dealer-front-desk-attitude', 'supermarket-half-lettuce']],
		['S2.3', ['dealer-front-desk-attitude', 'supermarket-half-lettuce']],
	];
	for (const [query, expected] of everyday)
		it(`finds ${expected.join(', ')} for ${query}`, async () => {
			const page = await search(`search/?q=${encodeURIComponent(query)}`);
			expect(await resultIds(page)).toEqual(expect.arrayContaining(expected));
		});

	it('says which synonym found a result', async () => {
		const page = await search(`search/?q=${encodeURIComponent('打折')}`);
		const result = page.locator('#results .result', {
			has: page.locator('a[href*="/cases/airline-discount-fare/"]'),
		});
		expect(await result.locator('.synonym-note').textContent()).toBe('按同义词“折扣”找到');
	});

	// The English interface searches the Chinese cases through the English words of the synonym list.
	const english: [string, string][] = [
		['bill', 'telecom-billing-media'],
		['lounge', 'gold-card-lounge'],
		['discount', 'airline-discount-fare'],
		['angry', 'gold-card-lounge'],
	];
	for (const [query, id] of english)
		it(`finds ${id} for "${query}" on the English search page`, async () => {
			const page = await search(`en/search/?q=${query}`);
			expect(await resultIds(page)).toContain(id);
			expect(await page.textContent('#search-status')).toMatch(/^\d+ results?$/);
		});
});

describe('the search page on a phone (390 × 844)', () => {
	// Clear of the bars a phone browser and the offline notice lay over the bottom of the screen
	// (the issue measured the title at y≈718 when the filters were open: out of sight).
	const firstScreen = 600;
	const phone = async (path: string) => {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
		await page.goto(site.url + path);
		return page;
	};

	it('shows the first result title without scrolling, the facets behind one button', async () => {
		const page = await phone(`search/?q=${encodeURIComponent('话费')}`);
		await page.waitForSelector('#results .result h2');
		const box = (await page.locator('#results .result h2').first().boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(firstScreen);
		expect(await page.isVisible('#search-industry')).toBe(false);
		await page.click('.filter-toggle');
		expect(await page.isVisible('#search-industry')).toBe(true);
		await page.close();
	});

	it('lists the near matches right after the message when nothing matches exactly', async () => {
		const page = await phone(`search/?q=${encodeURIComponent('号卡')}`);
		await page.waitForSelector('#loose-results .result');
		const status = (await page.locator('#search-status').boundingBox())!;
		const loose = (await page.locator('#loose').boundingBox())!;
		expect(loose.y - (status.y + status.height)).toBeLessThan(60);
		expect(loose.y).toBeLessThan(844);
		await page.close();
	});

	it('shows the case list’s first title without scrolling, and how many filters are set', async () => {
		const page = await phone('cases/?row=S');
		await page.waitForSelector('#case-filters:not([hidden])');
		const first = page.locator('#case-list > li:not([hidden]) h2').first();
		const box = (await first.boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(firstScreen);
		expect(await page.textContent('#case-filters .filter-toggle')).toBe('筛选（1）');
		expect(await page.isVisible('#list-row')).toBe(false);
		await page.close();
	});
});

describe('tags', () => {
	it('link from a case page to a page of every case with the tag', async () => {
		const page = await open('cases/telecom-billing-media/');
		await page.click('a.tag >> text=投诉处理');
		await page.waitForURL(/\/tags\//);
		expect(await page.textContent('h1')).toContain('投诉处理');
		const ids = await page.$$eval('.case-list h2 a', (links) =>
			links.map((a) => /\/cases\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1]),
		);
		expect(ids).toEqual(
			expect.arrayContaining(['telecom-billing-media', 'supermarket-half-lettuce']),
		);
	});
});

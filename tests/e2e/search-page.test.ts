import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';

const site = inject('site');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function search(path: string): Promise<Page> {
	const page = await browser.newPage();
	await page.goto(site.url + path);
	await page.waitForFunction(() => {
		const status = document.querySelector('#search-status')?.textContent ?? '';
		return status !== '' && !status.includes('正在搜索');
	});
	return page;
}
const titles = (page: Page) =>
	page.$$eval('#results .result h2', (h) => h.map((x) => x.textContent ?? ''));

describe('the search page', () => {
	it('finds a case written in Simplified characters with a Traditional query', async () => {
		const page = await search(`search/?q=${encodeURIComponent('服務熱線')}`);
		expect(await titles(page)).toContain('查不到卡号的金卡客户');
		await page.close();
	});

	it('finds the case written in Traditional characters with a Simplified query', async () => {
		const page = await search(`search/?q=${encodeURIComponent('迟到的烤猪脚')}`);
		expect(await titles(page)).toContain('遲到的烤豬腳');
		await page.close();
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
		await page.close();
	});

	it('links a filtered search: kind and row facets from the URL apply', async () => {
		const page = await search(`search/?q=${encodeURIComponent('客户')}&kind=scqa&row=C`);
		expect(await page.inputValue('#search-kind')).toBe('scqa');
		const found = await titles(page);
		expect(found).toContain('十分钟回电的承诺');
		expect(found).not.toContain('查不到卡号的金卡客户');
		await page.close();
	});

	it('says when nothing is found and offers to remove the filters', async () => {
		const page = await search(`search/?q=${encodeURIComponent('贵宾室')}&industry=taxi`);
		expect(await page.textContent('#search-status')).toContain('去掉一些筛选条件');
		expect(await page.isVisible('#clear-filters')).toBe(true);
		await page.click('#clear-filters');
		await page.waitForSelector('#results .result');
		expect(page.url()).not.toContain('industry=');
		expect((await titles(page)).length).toBeGreaterThan(0);
		await page.close();
	});

	it('lists pages that hold all the characters apart after the exact matches', async () => {
		const page = await search(`search/?q=${encodeURIComponent('号卡')}`);
		expect(await page.$$eval('#results .result', (r) => r.length)).toBe(0);
		expect(await page.isVisible('#loose')).toBe(true);
		expect(await page.$$eval('#loose-results .result', (r) => r.length)).toBeGreaterThan(0);
		await page.close();
	});
});

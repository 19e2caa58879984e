/**
 * The top of a case page: "下次这样做" under the summary (the key points, most critical first;
 * an SCQA case's answer steps), linking to the full analysis; and English pages that say
 * honestly that the case is written in Chinese, marking its text with lang="zh-CN".
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { phone, reusedTab } from '../helpers/reused-tab.ts';
import { checkProject } from '../../src/checker/project-fs.ts';

const site = inject('site');
const cases = checkProject({ root: site.root }).cases.map((c) => c.data as Record<string, any>);
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const tab = reusedTab(() => browser, site.url);
const open = (path: string, viewport = phone): Promise<Page> => tab(path, { viewport });

describe('下次这样做', () => {
	it.each(cases.map((c) => [c.id, c] as const))(
		'/cases/%s/ opens with what to do next time, before the story, linking to the analysis',
		async (id, data) => {
			const page = await open(`cases/${id}/`);
			const block = page.locator('.next-time');
			expect(await block.locator('h2').textContent()).toBe('下次这样做');
			const first = (await block.locator('li').first().textContent())?.trim();
			const anchor = data.kind === 'scqa' ? 'answer' : 'key-points';
			expect(first).toBe(data.kind === 'scqa' ? data.answer.steps[0] : data.keyPoints.critical);
			expect(await block.locator('a').getAttribute('href')).toBe(`#${anchor}`);
			expect(await page.locator(`#${anchor}`).count()).toBe(1);
			// Directly under the summary, above every section of the case.
			const top = (await block.boundingBox())!.y;
			const summary = (await page.locator('.case-header .summary').boundingBox())!;
			expect(top).toBeGreaterThanOrEqual(summary.y + summary.height);
			const firstSection = (await page.locator('.case-body section').first().boundingBox())!;
			expect(top).toBeLessThan(firstSection.y);
			// On a phone it starts on the first screen.
			expect(top).toBeLessThan(844);
		},
	);
});

describe('English pages, honestly', () => {
	it('say the case is written in Chinese and mark its text as Chinese', async () => {
		const page = await open('en/cases/bank-counter-small-notes/');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.textContent('.content-lang')).toBe('This case is written in Chinese.');
		expect(await page.getAttribute('h1', 'lang')).toBe('zh-CN');
		expect(await page.getAttribute('.case-header .summary', 'lang')).toBe('zh-CN');
		expect(await page.getAttribute('.next-time ol', 'lang')).toBe('zh-CN');
		expect(await page.locator('.next-time h2').textContent()).toBe('What to do next time');
		const marks = await page.$$eval('.case-text', (els) => els.map((e) => e.getAttribute('lang')));
		expect(marks.length).toBeGreaterThan(3);
		expect(new Set(marks)).toEqual(new Set(['zh-CN']));
		// The Chinese page needs neither.
		const zh = await open('cases/bank-counter-small-notes/');
		expect(await zh.locator('.content-lang').count()).toBe(0);
		expect(await zh.getAttribute('h1', 'lang')).toBeNull();
		expect(await zh.locator('.case-text[lang]').count()).toBe(0);
	});

	it('show a case’s English title and summary, with the original title marked as Chinese', async () => {
		const data = cases.find((c) => c.id === 'gold-card-lounge')!;
		const page = await open('en/cases/gold-card-lounge/');
		expect(await page.textContent('h1')).toBe(data.en.title);
		expect(await page.getAttribute('h1', 'lang')).toBeNull();
		expect(await page.textContent('.original-title')).toBe(data.title);
		expect(await page.getAttribute('.original-title', 'lang')).toBe('zh-CN');
		expect(await page.textContent('.case-header .summary')).toBe(data.en.summary);
	});

	it('the English search box suggests an English word from the English summaries', async () => {
		const page = await open('en/');
		const placeholder = await page.getAttribute('.site-header input[name="q"]', 'placeholder');
		expect(placeholder).toMatch(/^Any words, e\.g\. “[a-z]{5,}”$/);
		const word = /“(\w+)”/.exec(placeholder!)![1]!;
		expect(cases.some((c) => c.en?.summary?.toLowerCase().includes(word))).toBe(true);
	});
});

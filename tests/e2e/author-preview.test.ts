/**
 * What the authoring form shows beside the fields: its preview looks like the case page (times
 * included), and its problem list names each problem once. Each test opens a fresh context.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';

const site = inject('site');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The form in a new browser context: no draft from another test. */
async function openForm(): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.goto(site.url + 'author/');
	await page.waitForSelector('#author:not([hidden])');
	return { context, page };
}

describe('the authoring form beside its fields', () => {
	it('previews times as the case page shows them: a space for the T, a same-day end as its time', async () => {
		const { context, page } = await openForm();
		await page.fill('#author-timeStart', '2026-03-08T09:40');
		await page.fill('#author-timeEnd', '2026-03-08T10:15');
		const shown = page.locator('#author-preview .facts dd').first();
		await expect.poll(() => shown.textContent()).toBe('2026-03-08 09:40 – 10:15');
		expect(await shown.locator('time').getAttribute('datetime')).toBe('2026-03-08T09:40');
		// The built case page of a sample shows its time the same way.
		const casePage = await context.newPage();
		await casePage.goto(site.url + 'cases/gold-card-lounge/');
		expect(await casePage.textContent('.facts time')).toBe('2006-04-22 13:10 – 14:06');
		await context.close();
	});

	it('previews the account from its MDX syntax tree, as the case page renders it', async () => {
		const { context, page } = await openForm();
		// A list right under a paragraph (no blank line), bold text, a heading: a line splitter got all three wrong.
		await page.fill(
			'#author-body',
			'## 经过\n\n客人**很着急**，说了两件事：\n- 先叫车\n- 别淋湿电脑',
		);
		const narrative = page.locator('#author-preview .narrative');
		// The checker's worker parses it: on a busy machine that takes a while.
		await expect.poll(() => narrative.locator('li').count(), { timeout: 15_000 }).toBe(2);
		expect(await narrative.locator('h5').textContent()).toBe('经过');
		expect(await narrative.locator('p').textContent()).toBe('客人很着急，说了两件事：');
		expect(await narrative.locator('p strong').textContent()).toBe('很着急');
		expect(await narrative.locator('li').allTextContents()).toEqual(['先叫车', '别淋湿电脑']);
		expect(await narrative.textContent()).not.toContain('**');
		await context.close();
	});

	it('lists a taken id once in the problem list', async () => {
		const { context, page } = await openForm();
		// Wait for the published list, then take the id of a published case.
		await page.waitForFunction(() =>
			performance
				.getEntriesByType('resource')
				.some((entry) => entry.name.endsWith('/author/published.json')),
		);
		await page.fill('#author-id', 'gold-card-lounge');
		const listed = page.locator('#author-problems [data-rule="duplicate-id"]');
		await listed.first().waitFor();
		// Let the check settle: a second copy would arrive with the same update.
		await page.waitForTimeout(500);
		expect(await listed.count()).toBe(1);
		expect(await listed.textContent()).toContain('content/cases/gold-card-lounge.mdx');
		await context.close();
	});
});

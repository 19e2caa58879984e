/**
 * The journey grid on a phone (390×844): one block per kind of customer, stages as rows with
 * their counts that open to their points, each point a link to its place on the cell page;
 * a case's point chips lead to that point too. The desktop table stays on wide screens.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { checkProject } from '../../src/checker/project-fs.ts';
import { buildGridIndex } from '../../src/lib/grid-index.ts';
import { gridRows } from '../../schemas/grid.ts';

const site = inject('site');
const cases = checkProject({ root: site.root }).cases.map((c) => ({
	id: c.data!.id,
	data: c.data as { grid: string[] },
}));
const phone = { width: 390, height: 844 };
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(path: string, viewport = phone): Promise<Page> {
	const page = await browser.newPage({ viewport });
	await page.goto(site.url + path);
	return page;
}

describe('the grid on a phone', () => {
	it('is four kinds of customer with their stages as rows and counts, not a stack of 20 cards', async () => {
		const page = await open('');
		expect(await page.isVisible('.grid-table')).toBe(false);
		const kinds = await page.$$eval('.grid-kind h2', (h) => h.map((x) => x.textContent?.trim()));
		expect(kinds).toHaveLength(gridRows.length);
		const index = buildGridIndex(cases);
		const rows = await page.$$eval('.grid-kind summary', (s) =>
			s.map((x) => [x.querySelector('.code')?.textContent, x.querySelector('.count')?.textContent]),
		);
		expect(rows).toHaveLength(20);
		for (const [code, count] of rows) {
			const n = index.get(code as never)!.cases.length;
			expect(count, code!).toBe(n ? `${n} 个案例` : '暂无案例');
		}
		// Closed, the four kinds fit in under two and a half screens (the 20 cards took 5,500 px).
		const height = await page.$eval('.grid-compact', (el) => el.getBoundingClientRect().height);
		expect(height).toBeLessThan(2.5 * phone.height);
		await page.close();
	});

	it('opens a stage to its points, each a link to its place on the cell page', async () => {
		const page = await open('');
		const s2 = page.locator('.grid-kind details', {
			has: page.locator('summary .code', { hasText: 'S2' }),
		});
		expect(await s2.locator('a', { hasText: '态度恶劣' }).isVisible()).toBe(false);
		await s2.locator('summary').click();
		const point = s2.locator('a', { hasText: '态度恶劣' });
		expect(await point.getAttribute('href')).toBe('/grid/s2/#s2-3');
		await point.click();
		await page.waitForURL(/\/grid\/s2\/#s2-3$/);
		const target = page.locator('#s2-3');
		expect(await page.textContent('#s2-3-title')).toContain('态度恶劣');
		const box = (await target.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeLessThan(phone.height / 2);
		await page.close();
	});

	it('a case page’s point chips lead to their points; the desktop table links its points too', async () => {
		const page = await open('cases/dealer-front-desk-attitude/');
		const chips = await page.$$eval('a.code', (as) =>
			as.map((a) => [a.firstChild?.textContent?.trim(), a.getAttribute('href')]),
		);
		expect(chips).toContainEqual(['S2.3', '/grid/s2/#s2-3']);
		expect(chips).toContainEqual(['S1.2', '/grid/s1/#s1-2']);
		await page.close();
		const desktop = await open('', { width: 1280, height: 900 });
		expect(await desktop.isVisible('.grid-table')).toBe(true);
		expect(await desktop.isVisible('.grid-compact')).toBe(false);
		expect(await desktop.getAttribute('td[data-cell="S2"] li:nth-child(3) a', 'href')).toBe(
			'/grid/s2/#s2-3',
		);
		await desktop.close();
	});
});

/**
 * The course in the handbook (issue 17), in a browser on the built sample site: the coverage
 * table on /guides/, each chapter's "cases that show this", the DISC sections cases link to.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { discAnchors } from '../../src/lib/course-concepts.ts';

const site = inject('site');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(path: string, viewport = { width: 390, height: 844 }): Promise<Page> {
	const page = await browser.newPage({ viewport });
	const response = await page.goto(site.url + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

describe('the course coverage table on /guides/', () => {
	it('lists each concept with its chapter, its field and how many sample cases use it', async () => {
		const page = await open('guides/');
		const rows = await page.$$eval('table.coverage tbody tr', (trs) =>
			trs.map((tr) => ({
				concept: tr.getAttribute('data-concept'),
				cells: [...tr.children].map((c) => c.textContent?.trim()),
				href: tr.querySelector('a')?.getAttribute('href'),
			})),
		);
		const row = (key: string) => rows.find((r) => r.concept === key)!;
		// Written by hand from the samples: one internal-customer case, every case has a perception.
		expect(row('internal').cells).toEqual([
			'内部客户：下一道工序',
			'1',
			'下一道工序就是客户：内部客户',
			'scope: internal',
		]);
		expect(row('perception').cells[1]).toBe('14');
		expect(row('scqa').cells[1]).toBe('6');
		expect(row('iceberg').cells.slice(1)).toEqual([
			'—',
			'抱怨冰山、升级金字塔与流失的代价',
			'（无字段）',
		]);
		expect(row('disc').href).toBe('/guides/disc-styles/');
		// Every chapter of the course is there, and every link opens.
		expect(rows.map((r) => r.concept)).toEqual(
			expect.arrayContaining(['kano', 'touchpoint', 'service-level', 'servqual', 'clear', 'disc']),
		);
		for (const { href } of rows) expect((await fetch(new URL(href!, site.url))).status).toBe(200);
		// On a phone the table scrolls inside its box; the page itself does not scroll sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390,
		);
		await page.close();
	});

	it('speaks English under /en/', async () => {
		const page = await open('en/guides/');
		expect(await page.textContent('#coverage')).toBe('What the course covers');
		expect(
			await page.$$eval('table.coverage thead th', (th) => th.map((h) => h.textContent)),
		).toEqual(['Concept', 'Cases', 'Chapter', 'Case field']);
		await page.close();
	});
});

describe('the chapters', () => {
	it('DISC has a section under each anchor the case pages link to', async () => {
		const page = await open('guides/disc-styles/');
		for (const [style, anchor] of Object.entries(discAnchors)) {
			const heading = await page.$(`[id="${anchor}"]`);
			expect(heading, style).not.toBeNull();
			expect(await heading!.textContent()).toMatch(new RegExp(`^${style} 型`));
		}
		await page.close();
	});

	it('end with the cases that show them', async () => {
		const page = await open('guides/internal-customers/');
		const links = await page.$$eval('.guide-cases a', (a) => a.map((l) => l.getAttribute('href')));
		expect(links).toEqual(['/cases/installer-returned-orders/']);
		// The grid chapter does not list every case again.
		const grid = await open('guides/the-journey-grid/');
		expect(await grid.$('.guide-cases')).toBeNull();
		await grid.close();
		await page.close();
	});
});

/**
 * The course in the handbook (issue 17), in a browser on the built sample site: the coverage
 * table on /guides/, each chapter's "cases that show this", the DISC sections cases link to.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { phone, reusedTab } from '../helpers/reused-tab.ts';
import { discAnchors } from '../../src/lib/course-concepts.ts';

const site = inject('site');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const tab = reusedTab(() => browser, site.url);
const open = (path: string, viewport = phone): Promise<Page> => tab(path, { viewport });

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
	});

	it('speaks English under /en/', async () => {
		const page = await open('en/guides/');
		expect(await page.textContent('#coverage')).toBe('What the course covers');
		expect(
			await page.$$eval('table.coverage thead th', (th) => th.map((h) => h.textContent)),
		).toEqual(['Concept', 'Cases', 'Chapter', 'Case field']);
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
	});

	it('end with the cases that show them', async () => {
		const page = await open('guides/internal-customers/');
		const links = await page.$$eval('.guide-cases a', (a) => a.map((l) => l.getAttribute('href')));
		expect(links).toEqual(['/cases/installer-returned-orders/']);
		// The grid chapter does not list every case again.
		const grid = await open('guides/the-journey-grid/');
		expect(await grid.$('.guide-cases')).toBeNull();
	});
});

describe('the course’s fields on a case page', () => {
	it('draws the perception curve as static SVG, with every value in the text', async () => {
		const page = await open('cases/bank-counter-small-notes/');
		const section = page.locator('section:has(#interaction)');
		expect(await section.locator('svg.curve-svg polyline').count()).toBe(1);
		expect(await section.locator('svg.curve-svg circle').count()).toBe(4);
		expect(await section.locator('figcaption').textContent()).toBe(
			'客户感知：探求 +1 → 提议 −1 → 行动 +2 → 确认 +3',
		);
		expect(await section.locator('.curve-table tbody td.curve-value').allTextContents()).toEqual([
			'+1',
			'−1',
			'+2',
			'+3',
		]);
		// No script draws it: the page's only script is the shared enhancement one.
		expect(await page.$$eval('section script, figure script', (s) => s.length)).toBe(0);
		// The facts beside the case link to their chapters; the DISC style to its section.
		const style = page.locator('.case-about dd[data-field="customerStyle"] a');
		expect(await style.textContent()).toBe('S 型 · 稳健温和');
		expect(await style.getAttribute('href')).toBe(`/guides/disc-styles/#${discAnchors.S}`);
		expect(await page.textContent('.case-about dd[data-field="serviceLevel"]')).toBe('惊喜');
		expect(await page.textContent('.case-about dd[data-field="touchpoint"]')).toBe('核心触点');
		// A demand's KANO layer beside it.
		expect(await page.$$eval('[data-kano]', (t) => t.map((x) => x.textContent))).toEqual([
			'基本需求',
			'期望需求',
			'基本需求',
			'兴奋需求',
		]);
	});

	it('shows a CLEAR step that was not taken as missing', async () => {
		const page = await open('en/cases/restaurant-late-main-course/');
		const steps = await page.$$eval('#complaint-handling ~ * .clear-step, .clear-step', (p) =>
			p.map((x) => [x.getAttribute('data-step'), x.hasAttribute('data-missing')]),
		);
		expect(steps).toEqual([
			['control', false],
			['listen', false],
			['establish', true],
			['apologize', false],
			['resolve', false],
		]);
		expect(await page.textContent('.clear-step[data-missing]')).toContain('Not taken');
	});

	it('puts them in the slides', async () => {
		const page = await open('cases/bank-counter-small-notes/present/');
		const text = await page.textContent('body');
		expect(text).toContain('关键触点:核心触点');
		expect(text).toContain('探求 —— 柜员复述取款和转账金额，请客户逐项确认 —— +1');
	});
});

describe('finding cases by the course’s fields', () => {
	const listed = async (query: string) => {
		const page = await open(`cases/?${query}`);
		// The list's script applies the URL's filters; the count is rewritten once it has.
		await page.waitForFunction(
			() =>
				document.querySelectorAll('#case-list > li:not([hidden])').length <
				document.querySelectorAll('#case-list > li').length,
		);
		const ids = await page.$$eval('#case-list > li:not([hidden]) h2 a', (links) =>
			links.map((a) => /\/cases\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1]).sort(),
		);
		return ids;
	};

	it('filters /cases/ by every new field', async () => {
		expect(await listed('curve=recovers')).toEqual([
			'bank-counter-small-notes',
			'restaurant-late-main-course',
		]);
		expect(await listed('clear=skipped-establish')).toEqual(['restaurant-late-main-course']);
		expect(await listed('level=unbelievable')).toEqual(['hotel-doorman-hkd']);
		expect(await listed('style=D')).toEqual(['dealer-front-desk-attitude', 'gold-card-lounge']);
		expect(await listed('touchpoint=last-contact')).toEqual([
			'installer-returned-orders',
			'supermarket-half-lettuce',
		]);
		expect(await listed('kano=excitement')).toEqual(['bank-counter-small-notes']);
	});

	it('filters /search/ by them too', async () => {
		const page = await open(`search/?q=${encodeURIComponent('客户')}&level=desired`);
		await page.waitForFunction(() => {
			const status = document.querySelector('#search-status')?.textContent ?? '';
			const loading = document.querySelector<HTMLElement>('#search-form')?.dataset.loading;
			return status !== '' && status !== loading;
		});
		const ids = await page.$$eval('#results .result h2 a', (links) =>
			links.map((a) => /\/cases\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1]),
		);
		expect(ids.sort()).toEqual(['hotline-callback-promise', 'installer-returned-orders']);
	});
});

describe('the authoring form', () => {
	it('has a control for every new field', async () => {
		const page = await open('author/');
		for (const name of ['touchpoint', 'serviceLevel', 'customerStyle'])
			expect(
				await page.$$eval(`select[name="${name}"] option`, (o) => o.length),
				name,
			).toBeGreaterThan(3);
		for (const step of ['Control', 'Listen', 'Establish', 'Apologize', 'Resolve'])
			expect(await page.$(`[name="complaintHandling${step}"]`), step).not.toBeNull();
		const template = await page.$eval('template[data-row-template="interaction"]', (t) =>
			[...(t as HTMLTemplateElement).content.querySelectorAll('[data-key]')].map((c) =>
				c.getAttribute('data-key'),
			),
		);
		expect(template).toEqual(['step', 'text', 'perception']);
		const kano = await page.$eval('template[data-row-template="demands"]', (t) =>
			[
				...(t as HTMLTemplateElement).content.querySelectorAll('select[data-key="kano"] option'),
			].map((o) => o.getAttribute('value')),
		);
		expect(kano).toEqual(['', 'basic', 'performance', 'excitement']);
	});
});

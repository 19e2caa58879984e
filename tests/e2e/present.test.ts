import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';

const site = inject('site');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function present(path: string): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	await page.goto(site.url + path);
	await page.waitForSelector('.slide.is-current');
	return page;
}
const current = (page: Page) =>
	page.$eval('.slide.is-current', (s) => ({
		group: s.getAttribute('data-group'),
		name: s.getAttribute('data-name'),
		heading: s.querySelector('h1, h2')?.textContent,
	}));
const slideNumber = (page: Page) => page.evaluate(() => location.hash);

describe('the presentation view', () => {
	it('moves forward and back with the keys slide clickers send, and the hash follows', async () => {
		const page = await present('cases/gold-card-lounge/present/');
		expect(await slideNumber(page)).toBe('#1');
		expect((await current(page)).heading).toBe('查不到卡号的金卡客户');
		for (const key of ['ArrowRight', 'Space', 'PageDown']) await page.keyboard.press(key);
		expect(await slideNumber(page)).toBe('#4');
		await page.keyboard.press('PageUp');
		await page.keyboard.press('ArrowLeft');
		expect(await slideNumber(page)).toBe('#2');
		expect((await current(page)).heading).toBe('时间、地点、人物');
		await page.keyboard.press('End');
		expect((await current(page)).group).toBe('questions');
		await page.close();
	});

	it('opens at a linked slide number or name', async () => {
		const byNumber = await present('cases/gold-card-lounge/present/#3');
		expect((await current(byNumber)).group).toBe('story');
		const byName = await present('cases/gold-card-lounge/present/#questions');
		expect((await current(byName)).name).toBe('questions');
		expect(await slideNumber(byName)).toMatch(/^#\d+$/);
		await Promise.all([byNumber.close(), byName.close()]);
	});

	it('#demands opens the first slide of the demands, whichever type the case lists first', async () => {
		// This case lists a need first; its slides still go request (要求), need (需求), claim.
		const page = await present('cases/brochure-campaign-no-sale/present/#demands');
		expect(await current(page)).toEqual({ group: 'analysis', name: 'demands', heading: '要求' });
		await page.keyboard.press('ArrowLeft');
		expect((await current(page)).group).toBe('story');
		await page.close();
	});

	it('in class mode puts the questions right after the story, before the analysis', async () => {
		const page = await present('cases/gold-card-lounge/present/?class');
		const order = await page.$$eval('.slide', (slides) =>
			slides.map((s) => s.getAttribute('data-group')),
		);
		const firstQuestion = order.indexOf('questions');
		expect(firstQuestion).toBe(order.lastIndexOf('story') + 1);
		expect(order.indexOf('analysis')).toBeGreaterThan(order.lastIndexOf('questions'));
		await page.close();
	});

	it('is readable from the back of a room: body text at least 32 px at 1280 × 720', async () => {
		const page = await present('cases/taxi-ic-card-fare/present/#3');
		const size = await page.$eval('.slide.is-current p, .slide.is-current li', (el) =>
			parseFloat(getComputedStyle(el).fontSize),
		);
		expect(size).toBeGreaterThanOrEqual(32);
		await page.close();
	});

	it('goes back to the case with Esc, and moves with a swipe', async () => {
		const page = await present('cases/hotel-doorman-hkd/present/');
		await page.mouse.move(900, 300);
		await page.mouse.down();
		await page.mouse.move(300, 310, { steps: 5 });
		await page.mouse.up();
		expect(await slideNumber(page)).toBe('#2');
		await page.keyboard.press('Escape');
		await page.waitForURL(/\/cases\/hotel-doorman-hkd\/$/);
		await page.close();
	});

	it("is linked from the case page, which does not load the presentation's code", async () => {
		const page = await browser.newPage();
		const scripts: string[] = [];
		page.on(
			'request',
			(request) =>
				request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname),
		);
		await page.goto(`${site.url}cases/gold-card-lounge/`);
		await page.waitForLoadState('networkidle');
		expect(await page.getAttribute('.source-links a[href$="present/"]', 'href')).toBe(
			'/cases/gold-card-lounge/present/',
		);
		// Only the page's small enhancement script (copy link, offline copy) runs.
		expect(scripts).toHaveLength(1);
		expect(scripts[0]).toMatch(
			/^\/_astro\/Page\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/,
		);
		await page.close();
	});
});

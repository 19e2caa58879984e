import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { feedSchema } from '../../schemas/feed.ts';
import { checkProject } from '../../src/checker/project-fs.ts';
import jsQR from 'jsqr';

const site = inject('site');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('permanent links', () => {
	it('sends a former id to the case, keeping the anchor', async () => {
		const page = await browser.newPage();
		await page.goto(`${site.url}cases/airport-lounge-gold-card/#key-points`);
		await page.waitForURL(/\/cases\/gold-card-lounge\/#key-points$/);
		expect(await page.textContent('h1')).toBe('查不到卡号的金卡客户');
		await page.close();
	});

	it('keeps the English interface for a former id under /en/', async () => {
		const page = await browser.newPage();
		await page.goto(`${site.url}en/cases/airport-lounge-gold-card/`);
		await page.waitForURL(/\/en\/cases\/gold-card-lounge\/$/);
		await page.close();
	});

	it.each(['gold-card-lounge', 'airport-lounge-gold-card'])(
		'resolves the short link /c/%s',
		async (id) => {
			const page = await browser.newPage();
			await page.goto(`${site.url}c/${id}`);
			await page.waitForURL(/\/cases\/gold-card-lounge\/$/);
			await page.close();
		},
	);

	it('works without JavaScript too (meta refresh), and tells search engines where the case lives', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}cases/airport-lounge-gold-card/`);
		await page.waitForURL(/\/cases\/gold-card-lounge\/$/);
		const html = await (await fetch(`${site.url}cases/airport-lounge-gold-card/`)).text();
		expect(html).toMatch(
			/<link rel="canonical" href="https?:\/\/[^"]+\/cases\/gold-card-lounge\/">/,
		);
		expect(html).toContain('content="noindex"');
		await context.close();
	});
});

describe('the JSON feed /cases.json', () => {
	it('lists every case in its documented, versioned shape, with URLs that work', async () => {
		const response = await fetch(`${site.url}cases.json`);
		expect(response.headers.get('content-type')).toContain('application/json');
		const feed = feedSchema.parse(await response.json());
		const ids = checkProject({ root: site.root }).cases.map((c) => c.data!.id);
		expect(feed.cases.map((c) => c.id).sort()).toEqual([...ids].sort());
		const gold = feed.cases.find((c) => c.id === 'gold-card-lounge')!;
		expect(gold.aliases).toEqual(['airport-lounge-gold-card']);
		expect(gold.cells[0]).toBe('C1.2');
		for (const url of [gold.url, gold.shortUrl]) {
			const status = (await fetch(new URL(new URL(url).pathname, site.url))).status;
			expect(status, url).toBe(200);
		}
	});
});

describe('the QR code on a case page', () => {
	it("decodes to the case's absolute short link (a smaller code that survives renames)", async () => {
		const page = await browser.newPage();
		await page.goto(`${site.url}cases/taxi-ic-card-fare/`);
		// Draw the inline SVG onto a canvas and read its pixels, as a phone camera would see it.
		const image = await page.evaluate(async () => {
			const svg = document.querySelector('.case-qr svg')!;
			const img = new Image();
			img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML)}`;
			await img.decode();
			const size = 400;
			const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
			const context = canvas.getContext('2d')!;
			context.fillStyle = '#fff';
			context.fillRect(0, 0, size, size);
			context.drawImage(img, 0, 0, size, size);
			return { size, data: Array.from(context.getImageData(0, 0, size, size).data) };
		});
		const decoded = jsQR(Uint8ClampedArray.from(image.data), image.size, image.size);
		expect(decoded?.data).toBe('http://localhost:4321/c/taxi-ic-card-fare');
		expect(await page.getAttribute('.case-qr svg', 'aria-label')).toContain(decoded!.data);
		await page.close();
	});
});

describe('copy a link or a citation', () => {
	it("a section heading's link icon copies the section's permanent URL and goes there", async () => {
		const context = await browser.newContext({
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		const page = await context.newPage();
		await page.goto(`${site.url}cases/gold-card-lounge/`);
		await page.locator('#key-points a.anchor').focus();
		await page.keyboard.press('Enter');
		await page.waitForSelector('#site-status:not([hidden])');
		expect(await page.textContent('#site-status span')).toBe('已复制链接');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${site.url}cases/gold-card-lounge/#key-points`,
		);
		expect(page.url()).toBe(`${site.url}cases/gold-card-lounge/#key-points`);
		await context.close();
	});

	it('one click copies the citation line: title, id, URL, date', async () => {
		const context = await browser.newContext({
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		const page = await context.newPage();
		await page.goto(`${site.url}cases/gold-card-lounge/`);
		await page.click('button.copy-button');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe((await page.textContent('.citation code'))!.trim());
		expect(copied).toMatch(
			/^《查不到卡号的金卡客户》\(gold-card-lounge\),https?:\/\/[^,]+\/cases\/gold-card-lounge\/,\d{4}-\d{2}-\d{2}$/,
		);
		expect(await page.textContent('#site-status span')).toBe('已复制引用');
		await context.close();
	});

	it('without JavaScript the copy button is not offered and the link still leads to the section', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}cases/gold-card-lounge/`);
		expect(await page.isVisible('button.copy-button')).toBe(false);
		expect(await page.getAttribute('#key-points a.anchor', 'href')).toBe('#key-points');
		await context.close();
	});
});

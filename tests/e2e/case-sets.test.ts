/**
 * Trainers: the sample set's page, presentation and student handout; an ad-hoc set collected on
 * /cases/ presents the same; QR codes decode to absolute short links; the public build holds
 * no byte of a teaching note.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { launchBrowser } from '../helpers/browser.ts';
import { printPage } from '../../scripts/lib/pdf.ts';
import { checkProject } from '../../src/checker/project-fs.ts';
import { missingToolReason, systemTool } from '../helpers/system-tool.ts';

const site = inject('site');
const pdftotext = systemTool('pdftotext');
const cjkFont = systemTool('cjk-font');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const sample = load(
	readFileSync(join(site.root, 'content/sets/leaving-customers.yaml'), 'utf8'),
) as {
	title: string;
	cases: { id: string; minutes: number; prompt?: string }[];
};
const setIds = sample.cases.map((c) => c.id);
const cases = new Map(
	checkProject({ root: site.root }).cases.map((c) => [c.data!.id, c.data!] as const),
);

/** What a slide shows, for comparing decks: its case, its group and its heading. */
const deckOutline = (page: Page) =>
	page.$$eval('.deck .slide', (slides) =>
		slides.map((s) => ({
			kind: s.classList.contains('divider-slide')
				? 'divider'
				: (s.getAttribute('data-group') ?? ''),
			case: s.getAttribute('data-case') ?? '',
			heading: s.classList.contains('divider-slide')
				? ''
				: (s.querySelector('h1, h2')?.textContent ?? ''),
		})),
	);

/** Reads a QR code from an image URL on the page (SVG or PNG), as a phone camera would. */
async function decodeQr(page: Page, src: string): Promise<string | undefined> {
	const image = await page.evaluate(async (url) => {
		const img = new Image();
		img.src = url;
		await img.decode();
		const size = 400;
		const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
		const context = canvas.getContext('2d')!;
		context.fillStyle = '#fff';
		context.fillRect(0, 0, size, size);
		context.drawImage(img, 0, 0, size, size);
		return { size, data: Array.from(context.getImageData(0, 0, size, size).data) };
	}, src);
	return jsQR(Uint8ClampedArray.from(image.data), image.size, image.size)?.data;
}

describe('a case set', () => {
	it('has a page with the agenda in class order, times and its short link as a QR code', async () => {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${site.url}sets/`);
		await page.click(`a[href$="/sets/leaving-customers/"]`);
		expect(await page.textContent('h1')).toBe(sample.title);
		const rows = await page.$$eval('.set-agenda tbody tr', (trs) =>
			trs.map((tr) => [
				tr.querySelector('td')!.textContent!.trim(),
				tr.querySelector('td a')!.textContent,
				tr.querySelector('.set-prompt')?.textContent,
			]),
		);
		expect(rows.map((r) => r[1])).toEqual(setIds.map((id) => cases.get(id)!.title));
		expect(rows.map((r) => r[2])).toEqual(sample.cases.map((c) => c.prompt));
		expect(rows[0]![0]).toBe(`0:00–0:${sample.cases[0]!.minutes}`);
		// The second case starts when the first ends.
		expect(rows[1]![0]!.startsWith(`0:${sample.cases[0]!.minutes}–`)).toBe(true);
		const svg = await page.$eval(
			'.case-qr svg',
			(el) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(el.outerHTML)}`,
		);
		expect(await decodeQr(page, svg)).toBe('http://localhost:4321/s/leaving-customers');
		expect(await page.textContent('.case-qr .short-link')).toBe(
			'localhost:4321/s/leaving-customers',
		);
		// The short link leads to the set; the downloadable PNG holds the same code.
		const png = await page.getAttribute('.case-qr a[href$=".png"]', 'href');
		expect(await decodeQr(page, png!)).toBe('http://localhost:4321/s/leaving-customers');
		await page.goto(`${site.url}s/leaving-customers`);
		await page.waitForURL(/\/sets\/leaving-customers\/$/);
		await page.close();
	});

	it("is named on each of its cases' pages, whose QR PNG decodes to the case's short link", async () => {
		const page = await browser.newPage();
		await page.goto(`${site.url}cases/${setIds[0]}/`);
		expect(await page.textContent('.case-sets')).toContain(sample.title);
		const png = await page.getAttribute('.case-qr a[href$=".png"]', 'href');
		expect(await decodeQr(page, png!)).toBe(`http://localhost:4321/c/${setIds[0]}`);
		await page.close();
	});

	it('presents every case in order: agenda, a divider per case, questions before the analysis, on to the next case', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
		await page.goto(`${site.url}sets/leaving-customers/present/`);
		await page.waitForSelector('.slide.is-current');
		const outline = await deckOutline(page);
		expect(outline[1]).toMatchObject({ kind: 'opening', heading: '时间安排' });
		expect(outline.filter((s) => s.kind === 'divider').map((s) => s.case)).toEqual(setIds);
		for (const id of setIds) {
			const own = outline.filter((s) => s.case === id).map((s) => s.kind);
			expect(own[0]).toBe('divider');
			expect(own.lastIndexOf('questions')).toBeLessThan(own.indexOf('analysis'));
			expect(own.indexOf('questions')).toBeGreaterThan(own.lastIndexOf('story'));
		}
		// The first case's last slide offers the second case; following it opens its divider.
		const lastOfFirst = outline.map((s) => s.case).lastIndexOf(setIds[0]!);
		await page.goto(`${site.url}sets/leaving-customers/present/#${lastOfFirst + 1}`);
		await page.click('.slide.is-current .next-case a');
		await expect
			.poll(() => page.$eval('.slide.is-current', (s) => s.getAttribute('data-case')))
			.toBe(setIds[1]);
		expect(await page.$eval('.slide.is-current', (s) => s.className)).toContain('divider-slide');
		await page.close();
	});

	it('keeps the presentation buttons on one line at 390 px', async () => {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${site.url}sets/leaving-customers/present/`);
		// One line: every visible control's vertical centre within a few pixels of the others'.
		const centres = await page.$$eval('.controls > :not([hidden])', (els) =>
			els
				.filter((el) => el.getClientRects().length)
				.map((el) => {
					const box = el.getBoundingClientRect();
					return box.top + box.height / 2;
				}),
		);
		expect(centres.length).toBeGreaterThanOrEqual(4);
		expect(Math.max(...centres) - Math.min(...centres)).toBeLessThan(4);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390,
		);
		await page.close();
	});

	it("prints a student handout with every case's questions in class order and none of the analysis", async (ctx) => {
		if (!pdftotext) return ctx.skip(missingToolReason('pdftotext'));
		if (!cjkFont) return ctx.skip(missingToolReason('cjk-font'));
		const dir = mkdtempSync(join(tmpdir(), 'mot-handout-'));
		const out = join(dir, 'student.pdf');
		await printPage(site.dist, '/', 'sets/leaving-customers/handout/', out);
		const plain = (text: string) => text.replace(/[\s"“”'‘’]/g, '');
		const text = plain(execFileSync(pdftotext, [out, '-'], { encoding: 'utf8' }));
		let at = 0;
		for (const id of setIds) {
			const data = cases.get(id)! as {
				title: string;
				questions?: string[];
				keyPoints?: Record<string, string>;
			};
			const title = text.indexOf(plain(data.title), at);
			expect(title, data.title).toBeGreaterThanOrEqual(at);
			for (const question of data.questions ?? []) {
				const found = text.indexOf(plain(question).slice(0, 12), title);
				expect(found, question).toBeGreaterThan(title);
				at = Math.max(at, found);
			}
			for (const point of Object.values(data.keyPoints ?? {}))
				expect(text, point).not.toContain(plain(point).slice(0, 14));
		}
		expect(text).not.toContain('关键点');
		rmSync(dir, { recursive: true, force: true });
	});
});

describe('an ad-hoc set', () => {
	it('collected with 加入课堂 on /cases/ gives a readable link and the same presentation', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(`${site.url}cases/`);
		for (const id of setIds) await page.click(`button[data-collect="${id}"]`);
		expect(await page.getAttribute(`button[data-collect="${setIds[0]}"]`, 'aria-pressed')).toBe(
			'true',
		);
		await page.click('#collect-tray a');
		await page.waitForURL(`**/sets/?cases=${setIds.join(',')}`);
		await page.waitForSelector('.adhoc-set .set-agenda');
		const titles = await page.$$eval('.adhoc-set .set-agenda tbody tr td:nth-child(2)', (tds) =>
			tds.map((td) => td.textContent),
		);
		expect(titles).toEqual(setIds.map((id) => cases.get(id)!.title));
		expect(await page.inputValue('#set-yaml')).toContain(`  - id: ${setIds[2]}\n    minutes:`);
		await page.click('.adhoc-set a.button:not(.secondary)');
		await page.waitForSelector('.slide.is-current');
		const adhoc = await deckOutline(page);
		const committed = await browser.newPage();
		await committed.goto(`${site.url}sets/leaving-customers/present/`);
		await committed.waitForSelector('.slide.is-current');
		// The same slides from the agenda on (a committed set adds its own title slide first).
		const fromAgenda = (outline: Awaited<ReturnType<typeof deckOutline>>) =>
			outline.slice(outline.findIndex((s) => s.heading === '时间安排'));
		expect(fromAgenda(adhoc)).toEqual(fromAgenda(await deckOutline(committed)));
		// Its student handout: the cases in the link's order, with their questions, no analysis.
		const handout = await context.newPage();
		await handout.goto(`${site.url}sets/handout/?cases=${setIds.join(',')}`);
		await handout.waitForSelector('.adhoc-handout article.handout-case');
		const titles2 = await handout.$$eval('.adhoc-handout article h2', (hs) =>
			hs.map((h) => h.textContent),
		);
		expect(titles2).toEqual(setIds.map((id, i) => `${i + 1}. ${cases.get(id)!.title}`));
		const text = await handout.textContent('.adhoc-handout');
		expect(text).toContain(cases.get(setIds[0]!)!.questions![0]!);
		expect(text).not.toContain('关键点');
		await context.close();
		await committed.close();
	});
});

describe('teaching notes in the public build', () => {
	it('leave no byte in dist/: pages, search index and the offline lists', () => {
		const notes = readdirSync(join(site.root, 'content/notes')).filter((f) => f.endsWith('.mdx'));
		expect(notes.length).toBeGreaterThan(0);
		// Sentences only the notes contain: every objective and every line of the board plan.
		const markers = notes.flatMap((file) => {
			const text = readFileSync(join(site.root, 'content/notes', file), 'utf8');
			const objectives = (load(text.split('---')[1]!) as { objectives: string[] }).objectives;
			return [...objectives, ...text.split('\n').filter((l) => l.startsWith('左边写'))].map((s) =>
				s.slice(0, 16),
			);
		});
		expect(markers.length).toBeGreaterThan(2);
		const files: string[] = [];
		const walk = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const full = join(dir, name);
				if (statSync(full).isDirectory()) walk(full);
				else files.push(full);
			}
		};
		walk(site.dist);
		let read = 0;
		for (const file of files) {
			let bytes = readFileSync(file);
			// Search chunks are gzip: look inside them too.
			if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
			const text = bytes.toString('utf8');
			read += 1;
			for (const marker of markers)
				expect(text.includes(marker), `${file} holds "${marker}"`).toBe(false);
		}
		expect(read).toBeGreaterThan(300);
	});
});

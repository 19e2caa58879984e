/**
 * The insights page, the journey strip on case pages, /insights.json and /cases.csv, read from
 * the built sample site. Expected numbers are worked out by hand from the sample cases'
 * frontmatter (grid, perception, outcome, servqual), not computed with the site's code.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import * as XLSX from '@e965/xlsx';
import { launchBrowser } from '../helpers/browser.ts';
import { desktop, phone, reusedTab } from '../helpers/reused-tab.ts';
import { insightsSchema } from '../../schemas/insights.ts';

const site = inject('site');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const tab = reusedTab(() => browser, site.url);
const open = (path: string, width = 1280): Promise<Page> =>
	tab(path, { viewport: width < 500 ? phone : desktop });

/** Every heat-map cell with a case: code → [printed mean, count]. */
async function heatMap(page: Page) {
	const cells = await page.$$eval('svg.heat-map a[data-cell]', (links) =>
		links.map((a) => ({
			code: a.getAttribute('data-cell')!,
			count: Number(a.getAttribute('data-count')),
			text: [...a.querySelectorAll('tspan')].map((t) => t.textContent?.trim()),
		})),
	);
	expect(cells).toHaveLength(20);
	return Object.fromEntries(
		cells.filter((c) => c.count).map((c) => [c.code, [c.text[1], c.count]]),
	);
}

describe('the perception heat map', () => {
	it('prints each cell’s mean perception of its primary cases, by hand from the samples', async () => {
		const page = await open('insights/');
		// gold-card −3, hotline +2, telecom-billing −3, installer +2 start in C1: −2/4; bank +3, taxi −2 in C2 …
		expect(await heatMap(page)).toEqual({
			U1: ['−1.0', 1],
			U3: ['+3.0', 1],
			P4: ['+2.5', 2],
			C1: ['−0.5', 4],
			C2: ['+0.5', 2],
			C3: ['+2.0', 1],
			S1: ['−3.0', 1],
			S2: ['−2.5', 2],
		});
		// An empty cell is hatched; a cell with cases is not.
		expect(await page.getAttribute('a[data-cell="U2"] rect', 'fill')).toBe('url(#heat-hatch)');
		expect(await page.getAttribute('a[data-cell="S1"] rect', 'fill')).toBe('#b2182b');
		// −0.5 is on the −1 step, as −1.5 would be on −2: halves go away from zero.
		expect(await page.getAttribute('a[data-cell="C1"] rect', 'fill')).toBe('#fddbc7');
		// The same numbers are in the table.
		expect(
			await page.$$eval('.heat-table tr[data-cell="C1"] td', (td) => td.map((d) => d.textContent)),
		).toEqual(['−0.5', '4']);
	});

	it('counts every cell a case names behind the toggle link', async () => {
		const page = await open('insights/');
		await Promise.all([
			page.waitForURL(/insights\/all-cells\/$/),
			page.click('.mode-toggle a >> nth=1'),
		]);
		expect(await page.getAttribute('.mode-toggle a[aria-current=page]', 'href')).toMatch(
			/all-cells\/$/,
		);
		// C2: bank +3, gold-card −3, hotel +3, hotline +2, restaurant +2, taxi −2 = 5/6.
		expect(await heatMap(page)).toEqual({
			U1: ['−1.0', 1],
			U2: ['−1.0', 1],
			U3: ['+3.0', 1],
			P2: ['+2.0', 1],
			P3: ['+2.5', 2],
			P4: ['+2.5', 2],
			C1: ['+0.2', 5],
			C2: ['+0.8', 6],
			C3: ['+2.3', 3],
			C4: ['0.0', 2],
			C5: ['+0.7', 3],
			S1: ['−2.5', 2],
			S2: ['−2.8', 5],
			S3: ['−2.0', 1],
			S4: ['−2.7', 3],
		});
	});

	it('opens a cell’s page from the cell', async () => {
		const page = await open('en/insights/');
		await Promise.all([
			page.waitForURL(/\/en\/grid\/s2\/$/),
			page.click('svg.heat-map a[data-cell="S2"]'),
		]);
		expect(await page.textContent('h1')).toContain('S2');
	});
});

describe('bars', () => {
	it('open the case list filtered to the bar, showing the bar’s count', async () => {
		const page = await open('insights/');
		// Row C, negative: gold-card, taxi, telecom-billing, dealer-insurance (C5), supermarket (C4).
		const segment = 'svg.bars g[data-row="C"] a[href*="outcome=negative"]';
		expect(await page.getAttribute(segment, 'data-count')).toBe('5');
		await Promise.all([page.waitForURL(/cases\/\?/), page.click(segment)]);
		await page.waitForSelector('#case-filters:not([hidden])');
		const shown = await page.$$eval(
			'#case-list > li',
			(li) => li.filter((l) => !(l as HTMLElement).hidden).length,
		);
		expect(shown).toBe(5);
	});

	it('count SERVQUAL dimensions and remedies as the samples name them', async () => {
		const page = await open('insights/');
		const counts = (section: string) =>
			page.$$eval(`section[aria-labelledby="${section}"] tbody tr`, (rows) =>
				Object.fromEntries(
					rows.map((r) => [r.getAttribute('data-key'), Number(r.querySelector('td')!.textContent)]),
				),
			);
		expect(await counts('servqual')).toEqual({
			tangibles: 3,
			assurance: 6,
			responsiveness: 6,
			reliability: 7,
			empathy: 10,
		});
		expect(await counts('remedies')).toEqual({
			expectations: 4,
			'follow-up': 3,
			promise: 2,
			upgrade: 2,
			flexibility: 2,
			details: 3,
		});
		// The empathy bar opens the list of its 10 cases.
		await Promise.all([
			page.waitForURL(/servqual=empathy/),
			page.click('section[aria-labelledby="servqual"] svg a[href*="servqual=empathy"]'),
		]);
		await page.waitForSelector('#case-filters:not([hidden])');
		expect(
			await page.$$eval(
				'#case-list > li',
				(li) => li.filter((l) => !(l as HTMLElement).hidden).length,
			),
		).toBe(10);
	});
});

describe('the rest of the page', () => {
	it('lists what is missing and counts cases per quarter', async () => {
		const page = await open('insights/');
		const todo = await page.$$eval('.todo-list li', (li) => li.map((l) => l.textContent?.trim()));
		expect(todo).toContain('U4 未知客户 · 行为预测：整个方格还没有案例');
		expect(todo).toContain('C5.4 忠诚建立以及推荐作用：还没有案例');
		expect(todo.some((t) => t?.startsWith('C5.3'))).toBe(false); // the restaurant case names it
		const quarters = await page.$$eval('section[aria-labelledby="over-time"] tbody th', (th) =>
			th.map((h) => h.textContent),
		);
		expect(quarters[0]).toBe('1996 Q4');
		expect(quarters).toContain('2006 Q2');
		expect(quarters).toHaveLength(13); // 14 cases, two of them in 2006 Q2
	});

	it('filters by industry and decade with plain links', async () => {
		const page = await open('insights/');
		await Promise.all([
			page.waitForURL(/insights\/industry\/telecom\/$/),
			page.click('.insight-filters a[href$="industry/telecom/"]'),
		]);
		expect(await page.getAttribute('.status', 'data-cases')).toBe('5');
		// Bars now open the list of telecom cases only.
		expect(await page.getAttribute('section[aria-labelledby="servqual"] svg a', 'href')).toContain(
			'industry=telecom',
		);
		await Promise.all([
			page.waitForURL(/industry\/telecom\/period\/2000s\/$/),
			page.click('.insight-filters a[href$="period/2000s/"]'),
		]);
		expect(await page.getAttribute('.status', 'data-cases')).toBe('2');
	});

	it('needs no script of its own and reads the same without JavaScript', async () => {
		const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
		const insights = readFileSync(`${site.dist}/insights/index.html`, 'utf8');
		const home = readFileSync(`${site.dist}/index.html`, 'utf8');
		// Only the enhancement script every reading page loads.
		expect(scripts(insights)).toEqual(scripts(home));
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url + 'insights/');
		expect(await page.$$eval('svg.heat-map a', (a) => a.length)).toBe(20);
		await context.close();
	});

	it.each(['insights/', 'en/insights/all-cells/', 'en/insights/industry/automotive/'])(
		'/%s fits 390 px without sideways scrolling and passes axe',
		async (path) => {
			const page = await open(path, 390);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				390,
			);
			// axe is injected as an inline script, which the pages' CSP rightly forbids.
			const checked = await browser.newPage({ bypassCSP: true });
			await checked.goto(site.url + path);
			await checked.addScriptTag({ path: axePath });
			for (const colorScheme of ['light', 'dark'] as const) {
				await checked.emulateMedia({ colorScheme });
				const violations = await checked.evaluate(async () => {
					const axe = (
						window as unknown as {
							axe: {
								run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
							};
						}
					).axe;
					const result = await axe.run();
					return result.violations.map(
						(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
					);
				});
				expect(violations, `${colorScheme} /${path}`).toEqual([]);
			}
			await checked.close();
		},
	);

	it('prints on A4 landscape', async () => {
		const page = await open('insights/');
		const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
		const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!;
		// A4 is 595 × 842 pt; landscape puts the long side across.
		expect(Math.round(Number(box[1]))).toBe(842);
		expect(Math.round(Number(box[2]))).toBe(595);
	});
});

describe('the journey strip on case pages', () => {
	const caseIds = readdirSync(`${site.root}/content/cases`)
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => f.replace(/\.mdx$/, ''));

	it('is a small static SVG on every case page', () => {
		expect(caseIds.length).toBeGreaterThan(10);
		for (const id of caseIds) {
			const html = readFileSync(`${site.dist}/cases/${id}/index.html`, 'utf8');
			const svg = /<svg class="journey-strip"[\s\S]*?<\/svg>/.exec(html)?.[0];
			expect(svg, id).toBeDefined();
			expect(Buffer.byteLength(svg!), id).toBeLessThan(1024);
			expect(svg).not.toContain('<script');
		}
	});

	it('marks the case’s cells in the colour of its perception', async () => {
		// gold-card-lounge: grid C1.2, C2.1, S2.4, perception −3.
		const page = await open('cases/gold-card-lounge/');
		const strip = 'svg.journey-strip';
		expect(await page.getAttribute(strip, 'aria-label')).toBe(
			'在客户旅程方格上的位置：C1（主方格）、C2和S2；客户感知 −3',
		);
		expect(await page.getAttribute(`${strip} path`, 'fill')).toBe('#b2182b');
		// Three cells: C1 (row 3, stage 1), C2, S2 (row 4, stage 2).
		expect(await page.getAttribute(`${strip} path`, 'd')).toBe(
			'M6 18h11v5h-11zM18 18h11v5h-11zM18 24h11v5h-11z',
		);
		const en = await open('en/cases/hotel-doorman-hkd/');
		expect(await en.getAttribute(strip, 'aria-label')).toBe(
			'Where on the customer-journey grid: U3 (primary) and C2; customer perception +3',
		);
	});
});

describe('data for other tools', () => {
	it('/insights.json has its published shape and the page’s numbers', async () => {
		const response = await fetch(site.url + 'insights.json');
		expect(response.headers.get('content-type')).toContain('application/json');
		const data = insightsSchema.parse(await response.json());
		expect(data.version).toBe(1);
		expect(data.all.cases).toBe(14);
		const c1 = data.all.cells.primary.find((c) => c.code === 'C1')!;
		expect(c1).toEqual({ code: 'C1', cases: 4, rated: 4, mean: -0.5 });
		expect(data.all.coverage.emptyCells).toEqual(['U4', 'U5', 'P1', 'P5', 'S5']);
		// Telecom: brochure, gold-card, hotline, telecom-billing, installer.
		expect(data.industries.telecom!.cases).toBe(5);
	});

	it('/cases.csv opens in a spreadsheet library with the Chinese text intact', async () => {
		const bytes = Buffer.from(await (await fetch(site.url + 'cases.csv')).arrayBuffer());
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = XLSX.utils.sheet_to_json<Record<string, string | number>>(
			XLSX.read(bytes, { type: 'buffer' }).Sheets.Sheet1!,
		);
		expect(rows).toHaveLength(14);
		const gold = rows.find((r) => r.id === 'gold-card-lounge')!;
		expect(gold.title).toBe('查不到卡号的金卡客户');
		expect(gold.industryLabel).toBe('通信运营');
		expect(gold.grid).toBe('C1.2 C2.1 S2.4');
		expect(gold.perception).toBe(-3);
		// Without the byte order mark the same reader guesses a legacy code page, as Excel does.
		const withoutBom = XLSX.utils.sheet_to_json<Record<string, string>>(
			XLSX.read(bytes.subarray(3), { type: 'buffer' }).Sheets.Sheet1!,
		);
		expect(withoutBom.map((r) => r.title)).not.toContain('查不到卡号的金卡客户');
	});
});

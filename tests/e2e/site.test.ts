import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { phone, reusedTab } from '../helpers/reused-tab.ts';
import { checkProject } from '../../src/checker/project-fs.ts';
import { buildGridIndex } from '../../src/lib/grid-index.ts';
import { caseSections } from '../../src/lib/case-sections.ts';
import { gridCells } from '../../schemas/grid.ts';
import type { CaseData } from '../../schemas/case.ts';

const site = inject('site');
const cases = checkProject({ root: site.root }).cases.map((c) => ({
	id: c.data!.id,
	data: c.data as CaseData,
	body: c.source.body,
}));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const open = reusedTab(() => browser, site.url);

describe('the home page', () => {
	it('shows all 20 cells with the number of cases each holds, empty ones marked', async () => {
		const page = await open('');
		const index = buildGridIndex(cases);
		const shown = await page.$$eval('td.grid-cell', (cells) =>
			cells.map((td) => ({
				code: td.getAttribute('data-cell'),
				count: Number(td.getAttribute('data-count')),
				empty: td.classList.contains('is-empty'),
				text: td.textContent ?? '',
			})),
		);
		expect(shown.map((c) => c.code)).toEqual(gridCells.map((c) => c.code));
		for (const cell of shown) {
			const expected = index.get(cell.code as never)!.cases.length;
			expect(cell.count, cell.code!).toBe(expected);
			expect(cell.empty, cell.code!).toBe(expected === 0);
			expect(cell.text).toContain(expected ? `${expected} 个案例` : '暂无案例');
		}
		expect(shown.some((c) => c.empty)).toBe(true);
		// Written by hand from the sample cases, not computed by the code that built the page.
		expect(
			Object.fromEntries(shown.filter((c) => c.count > 0).map((c) => [c.code, c.count])),
		).toEqual({
			U1: 1,
			U2: 1,
			U3: 1,
			P2: 1,
			P3: 2,
			P4: 2,
			C1: 5,
			C2: 6,
			C3: 3,
			C4: 2,
			C5: 3,
			S1: 2,
			S2: 5,
			S3: 1,
			S4: 3,
		});
		// Rows and columns have real table headers.
		expect(await page.$$eval('thead th[scope=col]', (th) => th.length)).toBe(6);
		expect(await page.$$eval('tbody th[scope=row]', (th) => th.map((h) => h.textContent))).toEqual([
			'U · 未知客户',
			'P · 潜在客户',
			'C · 成交客户',
			'S · 离开客户',
		]);
	});
});

describe('a cell page', () => {
	it('lists each case under the points it names', async () => {
		const page = await open('grid/c1/');
		const index = buildGridIndex(cases).get('C1')!;
		for (const point of [1, 2, 3, 4]) {
			const titles = await page.$$eval(`#c1-${point} .case-card h3`, (h) =>
				h.map((x) => x.textContent?.trim()),
			);
			expect(titles.sort(), `C1.${point}`).toEqual(
				index.byPoint
					.get(point)!
					.map((c) => c.data.title)
					.sort(),
			);
		}
		// Written by hand from the sample cases' grid codes.
		const byPoint: Record<number, string[]> = {};
		for (const point of [1, 2, 3, 4])
			byPoint[point] = await page.$$eval(`#c1-${point} .case-card h3`, (h) =>
				h.map((x) => x.textContent?.trim() ?? ''),
			);
		expect(byPoint).toEqual({
			1: ['柜台上的二十二张十元'],
			2: ['十分钟回电的承诺', '查不到卡号的金卡客户'],
			3: ['装维师傅退回的工单'],
			4: ['三个月没有答复的话费投诉'],
		});
		expect(await page.$$eval('.checklist li', (li) => li.length)).toBe(4);
		expect(await page.getAttribute('a[rel=next]', 'href')).toMatch(/grid\/c2\/$/);
		// A point no sample names says so.
		const c5 = await open('grid/c5/');
		expect(await c5.textContent('#c5-4')).toContain('这个要点还没有案例。');
	});
});

describe('case pages', () => {
	it.each(cases.map((c) => [c.id, c] as const))(
		'%s renders every section under its anchor',
		async (_id, entry) => {
			const page = await open(`cases/${entry.id}/`);
			expect(await page.textContent('h1')).toBe(entry.data.title);
			for (const section of caseSections(entry.data, Boolean(entry.body.trim()))) {
				const heading = page.locator(`#${section.id}`);
				expect(await heading.count(), section.id).toBe(1);
				// The section's own link points at its anchor, so it can be copied onto a slide.
				if (section.id !== 'about')
					expect(await page.getAttribute(`#${section.id} a.anchor`, 'href')).toBe(`#${section.id}`);
			}
			if (entry.data.kind === 'mot') {
				expect(
					await page.$$eval(
						'#key-points ~ .keypoints .keypoint, .keypoints .keypoint',
						(k) => k.length,
					),
				).toBe(3);
				expect(await page.textContent('.narrative')).toContain(entry.body.trim().slice(0, 6));
			} else {
				expect(await page.$$eval('.remedies li', (li) => li.length)).toBe(
					entry.data.answer.remedies.length,
				);
			}
		},
	);

	it.each([
		[
			'gold-card-lounge',
			[
				'facts',
				'narrative',
				'demands',
				'gaps',
				'key-points',
				'process-changes',
				'insights',
				'interaction',
				'questions',
				'related',
				'about',
			],
		],
		[
			'hotline-callback-promise',
			['facts', 'situation', 'complication', 'question', 'answer', 'story', 'related', 'about'],
		],
	])(
		'%s (one MOT, one SCQA sample) has exactly these section anchors, in this order',
		async (id, anchors) => {
			// The anchors are a contract trainers link to: written out here, not taken from caseSections.
			const page = await open(`cases/${id}/`);
			expect(await page.$$eval('main h2.section-heading[id]', (h) => h.map((x) => x.id))).toEqual(
				anchors,
			);
		},
	);

	it('offers a citation line (title, id, permanent URL, date) that one click selects whole', async () => {
		const page = await open('cases/bank-counter-small-notes/');
		const citation = page.locator('.citation code');
		expect(await citation.textContent()).toBe(
			'《柜台上的二十二张十元》(bank-counter-small-notes),http://localhost:4321/cases/bank-counter-small-notes/,2026-11-20',
		);
		await citation.click();
		expect(await page.evaluate(() => String(getSelection()))).toBe(await citation.textContent());
	});

	it('offers "edit this case" on the repository and "report a problem", from content/site.yaml', async () => {
		const page = await open('cases/taxi-ic-card-fare/');
		expect(await page.getAttribute('.source-links a:has-text("编辑此案例")', 'href')).toBe(
			'https://github.com/example/mot-handbook/edit/main/content/cases/taxi-ic-card-fare.mdx',
		);
		// The report form (tests/e2e/report-problem.test.ts), which ends on the repository's issues.
		expect(await page.getAttribute('.source-links a:has-text("报告问题")', 'href')).toBe(
			'/report/?case=taxi-ic-card-fare',
		);
	});

	it('links inside a case body keep working (they point at existing case pages)', async () => {
		const page = await open('cases/gold-card-lounge/');
		const href = await page.getAttribute('.narrative a[href*="/cases/"]', 'href');
		const target = await browser.newPage();
		expect((await target.goto(new URL(href!, site.url).href))?.status()).toBe(200);
		await target.close();
	});
});

describe('printing a case', () => {
	it('drops navigation, keeps key points whole and shows where links go', async () => {
		const page = await open('cases/gold-card-lounge/');
		await page.emulateMedia({ media: 'print' });
		expect(await page.isVisible('.site-header')).toBe(false);
		expect(await page.isVisible('.toc')).toBe(false);
		expect(await page.$eval('.keypoint', (el) => getComputedStyle(el).breakInside)).toBe('avoid');
		const after = await page.$eval(
			'.narrative a[href*="/cases/"]',
			(a) => getComputedStyle(a, '::after').content,
		);
		expect(after).toContain('/cases/hotline-callback-promise/');
	});
});

describe('search', () => {
	it('finds a case by a Chinese phrase from its text, from a linkable ?q= URL', async () => {
		const page = await open(`search/?q=${encodeURIComponent('半根')}`);
		await page.waitForSelector('#results .result');
		const titles = await page.$$eval('#results .result h2', (h) => h.map((x) => x.textContent));
		expect(titles).toContain('半根莴笋');
		expect(await page.innerHTML('#results .result .excerpt')).toContain('<mark>');
	});

	it('runs from the header search box with the keyboard only', async () => {
		const page = await open('cases/taxi-ic-card-fare/');
		let focused = '';
		for (let i = 0; i < 12 && focused !== 'site-search'; i++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => document.activeElement?.id ?? '');
		}
		expect(focused).toBe('site-search');
		await page.keyboard.type('IC卡');
		await page.keyboard.press('Enter');
		await page.waitForURL(/search\/\?q=IC/);
		await page.waitForSelector('#results .result');
		// Tab onward from the search field reaches the first result's link.
		await page.focus('#search-input');
		let reached = false;
		for (let i = 0; i < 25 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() =>
				Boolean(document.activeElement?.closest('#results .result')),
			);
		}
		expect(reached).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('出租车上的 IC 卡');
	});

	it('says so when nothing matches', async () => {
		const page = await open(`search/?q=${encodeURIComponent('不存在的词语组合')}`);
		await page.waitForFunction(() =>
			document.querySelector('#search-status')?.textContent?.includes('没有找到'),
		);
		expect(await page.$$eval('#results li', (li) => li.length)).toBe(0);
	});
});

describe('accessibility', () => {
	const pages = [
		'',
		'grid/c1/',
		'cases/gold-card-lounge/',
		'cases/restaurant-late-main-course/',
		'cases/',
		'guides/the-journey-grid/',
		`search/?q=${encodeURIComponent('卡号')}`,
		'en/',
		'author/',
	];
	it.each(pages)('axe finds no serious or critical violation on /%s', async (path) => {
		// The test injects axe as an inline script, which the pages' CSP rightly forbids.
		const page = await browser.newPage({ bypassCSP: true });
		await page.goto(site.url + path);
		if (path.startsWith('search')) await page.waitForSelector('#results .result');
		if (path.startsWith('author')) await page.waitForSelector('#author-status[data-state]');
		await page.addScriptTag({ path: axePath });
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			const violations = await page.evaluate(async () => {
				const result = await (
					window as unknown as {
						axe: {
							run(): Promise<{
								violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
							}>;
						};
					}
				).axe.run();
				return result.violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			});
			expect(violations, `${colorScheme} /${path}`).toEqual([]);
		}
		await page.close();
	});

	it('has a skip link, landmarks and one h1 per page', async () => {
		const page = await open('cases/bank-counter-small-notes/');
		expect(await page.getAttribute('.skip-link', 'href')).toBe('#main');
		for (const selector of ['header', 'nav', 'main', 'footer', 'form[role=search]'])
			expect(await page.locator(selector).count(), selector).toBeGreaterThan(0);
		expect(await page.locator('h1').count()).toBe(1);
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
	});
});

describe('on a phone (390 × 844)', () => {
	it.each([
		'',
		'grid/s2/',
		'cases/gold-card-lounge/',
		'cases/',
		`search/?q=${encodeURIComponent('热线')}`,
		'guides/writing-an-scqa-case/',
		'author/',
		// English pages hold Chinese text and longer labels: the curve's table, a set's agenda.
		'en/cases/gold-card-lounge/',
		'en/cases/bank-counter-small-notes/',
		'en/sets/leaving-customers/',
	])('/%s does not scroll sideways', async (path) => {
		const page = await open(path, { viewport: phone });
		if (path.startsWith('search')) await page.waitForSelector('#results .result');
		if (path.startsWith('author')) await page.waitForSelector('#author-status[data-state]');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBe(0);
	});
});

describe('on a phone, with every filter open', () => {
	it.each(['cases/?row=S', 'en/cases/?row=S'])('/%s does not scroll sideways', async (path) => {
		const page = await open(path, { viewport: phone });
		await page.click('.filter-toggle');
		for (const more of await page.locator('details.more-filters').all())
			await more.evaluate((d) => d.setAttribute('open', ''));
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBe(0);
	});
});

describe('the English interface', () => {
	it('mirrors every page under /en/ with English labels, and switches back', async () => {
		const page = await open('en/cases/gold-card-lounge/');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.textContent('#key-points')).toContain('Key points');
		const back = await page.getAttribute('.lang-switch', 'href');
		expect(back).toBe('/cases/gold-card-lounge/');
	});

	it('lists cases by their English title when they have one, and marks Chinese text as Chinese', async () => {
		const page = await open('en/cases/');
		const gold = page.locator('.case-card a[href="/en/cases/gold-card-lounge/"]');
		expect(await gold.textContent()).toBe(
			'The gold-card customer nobody could give his card number',
		);
		expect(await gold.getAttribute('lang')).toBeNull();
		const bank = page.locator('.case-card a[href="/en/cases/bank-counter-small-notes/"]');
		expect(await bank.getAttribute('lang')).toBe('zh-CN');
	});

	it('marks a case set’s Chinese title, objectives and prompts as Chinese', async () => {
		const page = await open('en/sets/leaving-customers/');
		expect(await page.getAttribute('h1', 'lang')).toBe('zh-CN');
		expect(await page.getAttribute('.set-objectives', 'lang')).toBe('zh-CN');
		const prompts = await page.$$eval('.set-prompt', (ps) => ps.map((p) => p.getAttribute('lang')));
		expect(prompts.length).toBeGreaterThan(0);
		expect(new Set(prompts)).toEqual(new Set(['zh-CN']));
		expect(await page.getAttribute('.set-agenda td a', 'lang')).toBe('zh-CN');
		// The Chinese page says nothing: its language is the page's.
		const zh = await open('sets/leaving-customers/');
		expect(await zh.getAttribute('h1', 'lang')).toBeNull();
		expect(await zh.getAttribute('.set-objectives', 'lang')).toBeNull();
	});

	it('lists labels the English way (commas, not 、)', async () => {
		const page = await open('en/cases/bank-counter-small-notes/');
		const about = await page.textContent('.case-aside');
		expect(about).toContain('Assurance, Empathy, Reliability');
	});
});

describe('site files', () => {
	it('has a 404 page, a sitemap and a description and Open Graph title per page', async () => {
		const page = await open('no/such/page/', { status: 404 });
		expect(await page.textContent('h1')).toBe('找不到这个页面');
		// A grid code typed in capitals, as the grid shows it, still finds the cell.
		await page.goto(`${site.url}grid/S2/#s2-3`, { waitUntil: 'commit' });
		await page.waitForURL(`${site.url}grid/s2/#s2-3`);
		expect(await page.textContent('h1')).toContain('S2');
		expect((await page.goto(`${site.url}sitemap-index.xml`))?.status()).toBe(200);
		await page.goto(`${site.url}cases/hotel-doorman-hkd/`);
		expect(await page.getAttribute('meta[name=description]', 'content')).toContain('港币');
		expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBe(
			'门童垫付的六十元车费',
		);
	});
});

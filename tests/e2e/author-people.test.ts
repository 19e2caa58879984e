/**
 * The authoring form speaks to people, not in YAML: messages name fields by their labels and say
 * what to do; an untouched form is quiet; dates and times come from the browser's pickers; related
 * cases are picked by title; the suggested id comes from the title; a fixable problem has a button
 * that fixes it. Driven with the keyboard, in Chromium, on a phone-sized window.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { caseFields } from '../../schemas/case-fields.ts';

const site = inject('site');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The form in a new context (no draft), phone-sized; `path` picks the language or `?edit=`. */
async function openForm(
	path = 'author/',
	setup?: (context: BrowserContext) => Promise<unknown>,
): Promise<{ context: BrowserContext; page: Page }> {
	// bypassCSP: axe is injected as a script of the page's own.
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		bypassCSP: true,
	});
	await setup?.(context);
	const page = await context.newPage();
	await page.goto(site.url + path);
	await page.waitForSelector('#author:not([hidden])');
	// The first check's answer is in: the status has its state.
	await page.waitForSelector('#author-status[data-state]');
	return { context, page };
}

const output = (page: Page) => page.inputValue('#author-mdx');
const messages = (page: Page, field: string) =>
	page.locator(`[data-field="${field}"] > .field-problems li`).allTextContents();
/** Every message on the page: beside the fields and in the list. */
const allMessages = async (page: Page) => [
	...(await page.locator('.field-problems li').allTextContents()),
	...(await page.locator('#author-problems li').allTextContents()),
];
/** A YAML key with its colon (`industry: telecom`, `time.start:`, `side: customer`) or the checker's "change to". */
const keys = [...caseFields.map((field) => field.key), 'start', 'end', 'side', 'name', 'role'];
const yamlish = new RegExp(
	`(?:^|(?<![A-Za-z])[^\\w])(?:${keys.join('|')})(?:[.[][\\w.[\\]]*)?: |改为：|[Cc]hange to|YAML`,
);

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** axe's violations inside `selector`, as `rule: targets`. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
	await page.addScriptTag({ path: axePath });
	return page.evaluate(async (context) => {
		type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
		const axe = (window as unknown as { axe: { run(c: string): Promise<Result> } }).axe;
		const result = await axe.run(context);
		return result.violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
		);
	}, selector);
}

async function waitForMdx(page: Page, test: (mdx: string) => boolean): Promise<string> {
	await expect.poll(async () => test(await output(page)), { timeout: 5000 }).toBe(true);
	return output(page);
}

describe('the authoring form speaks to people', () => {
	it('is quiet until a field is left or the whole case is checked, then names fields by their labels, without YAML', async () => {
		const { context, page } = await openForm();
		const status = page.locator('#author-status');
		expect(await status.getAttribute('data-state')).not.toBe('errors');
		expect(await status.textContent()).not.toMatch(/\d/);
		expect(await page.locator('.field-problems li').count()).toBe(0);
		expect(await page.locator('#author-problems li').count()).toBe(0);
		expect(await page.locator('[aria-invalid]').count()).toBe(0);
		await page.screenshot({ path: '/tmp/h14a-untouched.png' });

		// Leaving the empty title: its problem, in plain words, and no other field's.
		await page.focus('#author-title');
		await page.keyboard.press('Tab');
		await expect.poll(() => messages(page, 'title')).toEqual(['标题不能为空']);
		expect(await page.getAttribute('#author-title', 'aria-invalid')).toBe('true');
		expect(await messages(page, 'industry')).toEqual([]);

		// "Check the whole case": every field speaks, the count appears.
		await page.focus('#author-form button[type="submit"]');
		await page.keyboard.press('Enter');
		// Leaving the title may already have set the status: wait for the whole-case answer itself.
		await expect.poll(() => messages(page, 'industry')).toEqual(['请选择行业']);
		expect(await status.getAttribute('data-state')).toBe('errors');
		expect(await status.textContent()).toMatch(/还有 \d+ 个问题/);
		expect(await messages(page, 'place')).toEqual(['地点不能为空']);
		expect(await messages(page, 'grid')).toEqual(['客户旅程方格：至少填写一项']);
		expect(await messages(page, 'time.start')).toEqual(['开始时间不能为空']);
		const all = await allMessages(page);
		expect(all.length).toBeGreaterThan(5);
		expect(all.filter((text) => yamlish.test(text))).toEqual([]);
		await page.screenshot({ path: '/tmp/h14a-checked.png' });
		expect(await axeViolations(page, '#author')).toEqual([]);
		await context.close();
	});

	it('says the same in English', async () => {
		const { context, page } = await openForm('en/author/');
		expect(await page.locator('.field-problems li').count()).toBe(0);
		await page.focus('#author-form button[type="submit"]');
		await page.keyboard.press('Enter');
		await expect.poll(() => messages(page, 'title')).toEqual(['Title is empty']);
		await expect.poll(() => messages(page, 'industry')).toEqual(['Choose the industry']);
		// The list names the field once: the message already says which.
		await expect
			.poll(() => page.locator('#author-problems li').allTextContents())
			.toContain('Choose the industry');
		const all = await allMessages(page);
		expect(all.filter((text) => yamlish.test(text))).toEqual([]);
		await context.close();
	});

	it('takes times from the date and time picker, "date only" switching to a date; dates from a date picker', async () => {
		const { context, page } = await openForm();
		expect(await page.getAttribute('#author-timeStart', 'type')).toBe('datetime-local');
		expect(await page.getAttribute('#author-published', 'type')).toBe('date');
		// A time left half typed is not "empty": the author is told what is missing, on leaving it.
		await page.focus('#author-timeStart');
		await page.keyboard.type('03');
		await page.focus('#author-place');
		await expect
			.poll(() => messages(page, 'time.start'))
			.toEqual(['开始时间：请填写完整的日期和时间；只知道日期时勾选“只知道日期”']);
		await page.locator('#author-timeStart').fill('2026-03-08T09:40');
		// The end is optional: half typed, the file would silently lack it, so the form says so.
		await page.focus('#author-timeEnd');
		await page.keyboard.type('03');
		await page.focus('#author-place');
		await expect
			.poll(() => messages(page, 'time.end'))
			.toEqual(['结束时间：请填写完整的日期和时间；只知道日期时勾选“只知道日期”']);
		await page.locator('#author-timeEnd').fill('');
		await waitForMdx(page, (mdx) => /start: "?2026-03-08T09:40"?/.test(mdx));
		const dateOnly = page.locator('[data-date-only-for="author-timeStart"]');
		await dateOnly.focus();
		await page.keyboard.press('Space');
		expect(await page.getAttribute('#author-timeStart', 'type')).toBe('date');
		await waitForMdx(page, (mdx) => /start: "?2026-03-08"?[ ,}]/.test(mdx));
		await page.keyboard.press('Space');
		expect(await page.getAttribute('#author-timeStart', 'type')).toBe('datetime-local');
		await waitForMdx(page, (mdx) => /start: "?2026-03-08T09:40"?/.test(mdx));
		await page.screenshot({ path: '/tmp/h14a-time.png' });
		await context.close();
	});

	it('opens a case whose time is a date alone with "date only" ticked, and writes it back byte for byte', async () => {
		const source = readFileSync(join(site.root, 'content/cases/gold-card-lounge.mdx'), 'utf8');
		const dated = source.replace(
			/time: \{ start: (\d{4}-\d{2}-\d{2})T\d{2}:\d{2}, end: [^}]+\}/,
			'time: { start: $1 }',
		);
		expect(dated).not.toBe(source);
		const { context, page } = await openForm('author/?edit=gold-card-lounge', (c) =>
			c.route(/\/author\/source\/gold-card-lounge\.mdx$/, (route) =>
				route.fulfill({ body: dated, contentType: 'text/plain; charset=utf-8' }),
			),
		);
		await waitForMdx(page, (mdx) => mdx.includes('id: gold-card-lounge'));
		expect(await page.getAttribute('#author-timeStart', 'type')).toBe('date');
		expect(await page.isChecked('[data-date-only-for="author-timeStart"]')).toBe(true);
		expect(await output(page)).toBe(dated);
		// Its related cases show by title; the case itself is not offered as related to itself.
		const titles = (await page.locator('#author-related-chips li span').allTextContents()).join();
		expect(titles).not.toMatch(/hotline-callback-promise|telecom-billing-media/);
		expect(await page.locator('#author-related-chips li').count()).toBe(2);
		await expect.poll(() => page.locator('#author-related-list option').count()).toBeGreaterThan(0);
		expect(
			await page.locator('#author-related-list option[label="gold-card-lounge"]').count(),
		).toBe(0);
		await context.close();
	});

	it('picks related cases by title, keeps their ids, and removes one with the keyboard', async () => {
		const { context, page } = await openForm();
		const published = (await (
			await page.request.get(site.url + 'author/published.json')
		).json()) as {
			id: string;
			title: string;
		}[];
		await expect
			.poll(() => page.locator('#author-related-list option').count())
			.toBe(published.length);
		const [first, second] = published;
		await page.focus('#author-related-pick');
		await page.keyboard.insertText(first!.title);
		await page.keyboard.press('Enter');
		// Choosing a suggestion of the list: the browser replaces the text with the title at once.
		await page.evaluate((title) => {
			const pick = document.getElementById('author-related-pick') as HTMLInputElement;
			pick.value = title;
			pick.dispatchEvent(
				new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }),
			);
		}, second!.title);
		const chips = page.locator('#author-related-chips li');
		await expect
			.poll(() => chips.allTextContents())
			.toEqual([`${first!.title}×`, `${second!.title}×`]);
		expect(await page.inputValue('#author-related')).toBe(`${first!.id} ${second!.id}`);
		await waitForMdx(page, (mdx) => mdx.includes(first!.id) && mdx.includes(second!.id));
		await page.screenshot({ path: '/tmp/h14a-related.png' });
		expect(await axeViolations(page, '#author-form')).toEqual([]);
		// The first chip's button, by Shift+Tab from the text box: Enter removes it, focus stays.
		await page.focus('#author-related-pick');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
			`移除 ${first!.title}`,
		);
		await page.keyboard.press('Enter');
		expect(await page.inputValue('#author-related')).toBe(second!.id);
		expect(await page.evaluate(() => document.activeElement?.closest('li')?.dataset.id)).toBe(
			second!.id,
		);
		await waitForMdx(page, (mdx) => !mdx.includes(first!.id));
		await context.close();
	});

	it('the English form finds related cases by English title or id and names them in English', async () => {
		const { context, page } = await openForm('en/author/');
		const published = (await (
			await page.request.get(site.url + 'author/published.json')
		).json()) as { id: string; title: string; titles?: { en?: string } }[];
		const gold = published.find((c) => c.id === 'gold-card-lounge')!;
		const english = { id: gold.id, enTitle: gold.titles?.en };
		expect(english.enTitle).toMatch(/gold-card customer/i);
		const other = published.find((c) => c.id !== english.id)!;
		await expect
			.poll(() => page.locator('#author-related-list option').count())
			.toBe(published.length);
		expect(
			await page
				.locator('#author-related-list option[label="gold-card-lounge"]')
				.getAttribute('value'),
		).toBe(english.enTitle);
		await page.focus('#author-related-pick');
		await page.keyboard.insertText(english.enTitle!.toLowerCase());
		await page.keyboard.press('Enter');
		expect(await page.textContent('#author-related-status')).toBe(`Added: ${english.enTitle}`);
		await page.keyboard.insertText(other.id);
		await page.keyboard.press('Enter');
		expect(await page.inputValue('#author-related')).toBe(`${english.id} ${other.id}`);
		expect(await page.locator('#author-related-chips li span').first().textContent()).toBe(
			english.enTitle,
		);
		await context.close();
	});

	it('suggests an id built from the title, which the checker accepts', async () => {
		const { context, page } = await openForm();
		await page.locator('#author-grid-0-code').selectOption('C5.3');
		await page.fill('#author-title', '雨夜门童把伞留给了客人');
		await expect
			.poll(() => page.getAttribute('#author-id', 'placeholder'))
			.toMatch(/^c5-3-[a-z0-9]{5}$/);
		const id = (await page.getAttribute('#author-id', 'placeholder'))!;
		await waitForMdx(page, (mdx) => mdx.includes(`id: ${id}`));
		await page.fill('#author-title', 'The doorman and the umbrella');
		await expect
			.poll(() => page.getAttribute('#author-id', 'placeholder'))
			.toBe('the-doorman-and-the-umbrella');
		await page.focus('#author-form button[type="submit"]');
		await page.keyboard.press('Enter');
		await page.waitForSelector('#author-problems li');
		expect(await messages(page, 'id')).toEqual([]);
		await context.close();
	});

	it('applies the chinese-punctuation fix with one press, and checks again', async () => {
		const { context, page } = await openForm();
		await page.focus('#author-body');
		await page.keyboard.insertText('客人问:"还要等多久?"门童说马上到。\n\n`a:b` 不动。');
		await page.keyboard.press('Tab');
		const fix = page.locator('[data-field="body"] [data-rule="chinese-punctuation"] .apply-fix');
		await fix.first().waitFor();
		expect(
			await page.locator('[data-field="body"] [data-rule="chinese-punctuation"]').count(),
		).toBe(2);
		await page.screenshot({ path: '/tmp/h14a-fix.png' });
		expect(await axeViolations(page, '#author-form')).toEqual([]);
		await fix.first().focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.inputValue('#author-body'))
			.toBe('客人问：“还要等多久?"门童说马上到。\n\n`a:b` 不动。');
		await expect
			.poll(() => page.locator('[data-field="body"] [data-rule="chinese-punctuation"]').count())
			.toBe(1);
		// One problem left: its own button, and no "fix all".
		expect(await page.locator('[data-field="body"] .fix-all').count()).toBe(0);
		await page.locator('[data-field="body"] .apply-fix').first().click();
		await expect
			.poll(() => page.inputValue('#author-body'))
			.toBe('客人问：“还要等多久？”门童说马上到。\n\n`a:b` 不动。');
		await expect
			.poll(() => page.locator('[data-field="body"] [data-rule="chinese-punctuation"]').count())
			.toBe(0);
		// A field of the frontmatter too, with several at once: one press fixes them all.
		await page.fill('#author-summary', '客人问:为什么?门童说,马上;好吗!');
		await page.focus('#author-title');
		const fixAll = page.locator('[data-field="summary"] .fix-all .apply-fix');
		await fixAll.waitFor();
		const count = await page
			.locator('[data-field="summary"] [data-rule="chinese-punctuation"]')
			.count();
		expect(count).toBeGreaterThan(1);
		expect(await fixAll.textContent()).toBe(`全部改正（这一栏 ${count} 处）`);
		await fixAll.focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.inputValue('#author-summary'))
			.toBe('客人问：为什么？门童说，马上；好吗！');
		await expect
			.poll(() => page.locator('[data-field="summary"] [data-rule="chinese-punctuation"]').count())
			.toBe(0);
		await context.close();
	});
});

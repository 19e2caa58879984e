/**
 * Several drafts on /author/: a list of the author's drafts (title, kind, last change), a new one
 * started without losing the others, one opened and one deleted with the keyboard, an edit of a
 * published case beside a new case, and the single draft of earlier versions kept as the first
 * draft of the list. On a phone (390×844) too.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { motForm } from '../fixtures/form-states.ts';

const site = inject('site');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const index = 'mot-handbook:author-drafts:/';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(context: BrowserContext, path = 'author/'): Promise<Page> {
	const page = await context.newPage();
	await page.goto(new URL(path, site.url).href);
	await ready(page);
	return page;
}

async function ready(page: Page): Promise<void> {
	await page.waitForSelector('#author:not([hidden])');
	await page.waitForSelector('#author-drafts:not([hidden])');
}

/** Presses Tab until `selector` has focus. */
async function tabTo(page: Page, selector: string): Promise<void> {
	for (let presses = 0; presses < 200; presses++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector}`);
}

/** Types a title and waits until the draft list shows it (the draft was saved). */
async function typeTitle(page: Page, title: string): Promise<void> {
	await page.focus('#author-title');
	await page.keyboard.press('Control+A');
	await page.keyboard.insertText(title);
	await page.waitForFunction(
		(t) =>
			document.querySelector('#author-draft-list [aria-current] .draft-title')?.textContent === t,
		title,
	);
}

const listed = (page: Page) =>
	page.$$eval('#author-draft-list li', (items) =>
		items.map((li) => ({
			title: li.querySelector('.draft-title')!.textContent,
			current: li.getAttribute('aria-current') === 'true',
			meta: li.querySelector('.meta')!.textContent,
			time: li.querySelector('time')!.getAttribute('datetime'),
		})),
	);

describe('several drafts', () => {
	it('keyboard only: a new draft keeps the first, each opens again, one is deleted', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		let page = await open(context);
		await typeTitle(page, '第一个草稿');

		await page.focus('body');
		await tabTo(page, '#author-new-draft');
		await Promise.all([page.waitForURL(/\?draft=/), page.keyboard.press('Enter')]);
		await ready(page);
		expect(await page.inputValue('#author-title')).toBe('');
		await typeTitle(page, '第二个草稿');
		let drafts = await listed(page);
		expect(drafts.map((d) => [d.title, d.current])).toEqual([
			['第二个草稿', true],
			['第一个草稿', false],
		]);
		expect(drafts[1]!.meta).toMatch(/^关键时刻案例 · 新案例 · 最后修改 /);
		expect(Date.parse(drafts[1]!.time!)).toBeLessThanOrEqual(Date.parse(drafts[0]!.time!));

		// Open the first again: its title is back, the second is still listed.
		await page.focus('body');
		await tabTo(page, '#author-draft-list a.draft-title');
		await Promise.all([page.waitForURL(/\?draft=/), page.keyboard.press('Enter')]);
		await ready(page);
		expect(await page.inputValue('#author-title')).toBe('第一个草稿');
		drafts = await listed(page);
		expect(drafts.map((d) => [d.title, d.current])).toEqual([
			['第二个草稿', false],
			['第一个草稿', true],
		]);
		// Opening a draft is not a change: its time stays.
		expect(drafts[1]!.time).toBe(drafts[1]!.time);

		// Delete the second: asked first, then gone from the list and from storage.
		page.once('dialog', (dialog) => dialog.accept());
		await page.focus('body');
		await tabTo(page, '#author-draft-list button[aria-label="删除草稿“第二个草稿”"]');
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			() => document.querySelectorAll('#author-draft-list li').length === 1,
		);
		expect(await page.textContent('#author-drafts-status')).toBe('草稿“第二个草稿”已删除。');
		const stored = await page.evaluate(() => Object.keys(localStorage));
		expect(stored.filter((k) => k.startsWith('mot-handbook:author-draft:/:'))).toHaveLength(1);
		expect(await page.inputValue('#author-title')).toBe('第一个草稿');

		// A reload opens the draft opened last.
		await page.close();
		page = await open(context);
		expect(await page.inputValue('#author-title')).toBe('第一个草稿');
		await context.close();
	});

	it('keeps a new case and an edit of a published case side by side; ?edit= finds its draft again', async () => {
		const context = await browser.newContext();
		let page = await open(context);
		await typeTitle(page, '写到一半的新案例');
		await page.goto(new URL('author/?edit=gold-card-lounge', site.url).href);
		await ready(page);
		await page.waitForFunction(() =>
			document.querySelector('#author-draft-status')?.textContent?.includes('.mdx'),
		);
		// Nothing set aside: the new case is simply another draft.
		expect(await page.isVisible('#author-draft-notice:has-text("无法读取")')).toBe(false);
		await page.waitForFunction(() =>
			document
				.querySelector('#author-draft-list [aria-current] .meta')
				?.textContent?.includes('修改 gold-card-lounge'),
		);
		const drafts = await listed(page);
		expect(drafts).toHaveLength(2);
		expect(drafts.find((d) => !d.current)!.title).toBe('写到一半的新案例');
		await page.close();
		page = await open(context, 'author/?edit=gold-card-lounge');
		expect(await listed(page)).toHaveLength(2);
		await page.close();
		page = await open(context);
		expect(await page.inputValue('#author-title')).not.toBe('写到一半的新案例');
		await context.close();
	});

	it('moves the single draft of earlier versions, and an edit in progress, into the list', async () => {
		const context = await browser.newContext();
		// As the form before several drafts stored them: one draft, one edit, under these keys.
		const page = await open(context, 'author/?edit=gold-card-lounge');
		await page.waitForFunction(() =>
			document.querySelector('#author-draft-status')?.textContent?.includes('.mdx'),
		);
		await page.evaluate(() => {
			const keys = Object.keys(localStorage);
			const draft = keys.find((k) => /^mot-handbook:author-draft:\/:d/.test(k))!;
			const edit = keys.find((k) => /^mot-handbook:author-edit:\/:d/.test(k))!;
			const state = JSON.parse(localStorage.getItem(draft)!);
			state.summary += '（旧版表单里改的）';
			localStorage.setItem('mot-handbook:author-draft:/', JSON.stringify(state));
			localStorage.setItem('mot-handbook:author-edit:/', localStorage.getItem(edit)!);
			for (const k of keys)
				if (k !== 'mot-handbook:author-draft:/' && k !== 'mot-handbook:author-edit:/')
					localStorage.removeItem(k);
		});
		await page.goto(new URL('author/', site.url).href);
		await ready(page);
		await page.waitForFunction(() =>
			document.querySelector('#author-draft-status')?.textContent?.includes('.mdx'),
		);
		expect(await page.inputValue('#author-summary')).toContain('（旧版表单里改的）');
		expect(await page.textContent('h1')).toContain('修改案例');
		const drafts = await listed(page);
		expect(drafts).toHaveLength(1);
		expect(drafts[0]!.current).toBe(true);
		expect(drafts[0]!.meta).toContain('修改 gold-card-lounge');
		const keys = await page.evaluate(() => Object.keys(localStorage));
		expect(keys).not.toContain('mot-handbook:author-draft:/');
		expect(keys).not.toContain('mot-handbook:author-edit:/');
		expect(keys).toContain(index);

		// A plain old draft of a new case, too.
		const other = await browser.newContext();
		await other.addInitScript((state) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('mot-handbook:author-draft:/', JSON.stringify(state));
				sessionStorage.setItem('seeded', '1');
			}
		}, motForm);
		const old = await open(other);
		expect(await old.inputValue('#author-title')).toBe(motForm.title);
		expect(await old.textContent('#author-draft-status')).toContain('恢复');
		expect((await listed(old)).map((d) => d.title)).toEqual([motForm.title]);
		await old.reload();
		await ready(old);
		expect((await listed(old)).map((d) => d.title)).toEqual([motForm.title]);
		await other.close();
		await context.close();
	});

	it('works on a phone (390×844): no sideways scrolling, axe clean, in both languages', async () => {
		for (const path of ['author/', 'en/author/']) {
			const context = await browser.newContext({
				viewport: { width: 390, height: 844 },
				bypassCSP: true,
			});
			const page = await open(context, path);
			await typeTitle(
				page,
				path.startsWith('en')
					? 'A draft with a long English title to wrap'
					: '手机上的第一个草稿，标题写得长一点看看换行',
			);
			await page.focus('body');
			await tabTo(page, '#author-new-draft');
			await Promise.all([page.waitForURL(/\?draft=/), page.keyboard.press('Enter')]);
			await ready(page);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				390,
			);
			const box = await page.locator('#author-new-draft').boundingBox();
			expect(box!.y + box!.height).toBeLessThan(844);
			await page.screenshot({
				path: `/tmp/h14b-drafts-${path.startsWith('en') ? 'en' : 'zh'}.png`,
			});
			await page.addScriptTag({ path: axePath });
			const violations = await page.evaluate(async () => {
				const axe = (
					window as unknown as {
						axe: {
							run(
								context: string,
							): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
						};
					}
				).axe;
				const result = await axe.run('#author-drafts');
				return result.violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
				);
			});
			expect(violations, path).toEqual([]);
			await context.close();
		}
	});

	it('many drafts, one with a damaged date: all listed, the newest few shown, the form near the top of a phone', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(new URL('author/', site.url).href);
		await ready(page);
		await page.evaluate((key) => {
			const drafts = Array.from({ length: 40 }, (_, i) => ({
				id: `d${String(i).padStart(3, '0')}`,
				title: `草稿 ${i}`,
				kind: 'mot',
				updated: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
			}));
			drafts[20]!.updated = 'yesterday-ish';
			localStorage.setItem(key, JSON.stringify({ current: 'd039', drafts }));
		}, index);
		await page.reload();
		await ready(page);
		// Every draft is in the list, the damaged one too, said plainly.
		expect(await page.locator('#author-draft-list li').count()).toBe(40);
		expect(await page.locator('#author-draft-list li:visible').count()).toBe(5);
		const more = page.locator('.drafts-more');
		expect(await more.textContent()).toBe('显示全部 40 个草稿');
		const box = await page.locator('#author-title').boundingBox();
		expect(box!.y).toBeLessThan(844 * 2.5);
		await more.focus();
		await page.keyboard.press('Enter');
		expect(await page.locator('#author-draft-list li:visible').count()).toBe(40);
		expect(await more.getAttribute('aria-expanded')).toBe('true');
		const damaged = page.locator('#author-draft-list li[data-draft="d020"] .meta');
		expect(await damaged.textContent()).toContain('时间不明');
		await context.close();
	});

	it('a draft the form cannot show: plain words, no storage key, its text there to copy', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await open(context);
		const draftId =
			new URL(page.url()).searchParams.get('draft') ??
			(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).current, index));
		await page.evaluate(
			(k) => localStorage.setItem(k, 'not json{ 我写了一半的案例'),
			`mot-handbook:author-draft:/:${draftId}`,
		);
		await page.reload();
		await ready(page);
		const notice = (await page.textContent('#author-draft-notice'))!;
		expect(notice).toContain('无法在表单中打开');
		expect(notice).not.toMatch(/mot-handbook|set-aside|:\/:/);
		await page.click('details.set-aside summary');
		expect(await page.inputValue('details.set-aside textarea')).toBe('not json{ 我写了一半的案例');
		await context.close();
	});
});

/**
 * A new case of realistic length (an account of 1,500 characters) written into /author/ with the
 * keyboard on a phone-sized screen and proposed against the fake GitHub (checked against GitHub's
 * OpenAPI description): one branch, one commit adding that one file, one pull request, its link
 * shown, and the draft marked proposed in the list of drafts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.ts';
import { routeToFakeGitHub } from '../helpers/route-to-fake-github.ts';
import { longCaseForm } from '../fixtures/long-case.ts';
import { proseLength } from '../../schemas/guidance.ts';
import type { GroupName } from '../../src/authoring/form-model.ts';

const site = inject('site');
const file = `content/cases/${longCaseForm.id}.mdx`;

let browser: Browser;
let fake: FakeGitHub;
beforeAll(async () => {
	browser = await launchBrowser();
	fake = await startFakeGitHub({ 'content/cases/other.mdx': 'a case already there\n' });
});
afterAll(async () => {
	await browser?.close();
	await fake?.close();
});

/** Replaces a field's text by typing it (new lines with Enter). */
async function typeText(page: Page, selector: string, value: string): Promise<void> {
	await page.focus(selector);
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Delete');
	for (const [index, line] of value.split('\n').entries()) {
		if (index > 0) await page.keyboard.press('Enter');
		if (line) await page.keyboard.insertText(line);
	}
}

/** Picks a select's option with the arrow keys. */
async function choose(page: Page, selector: string, value: string): Promise<void> {
	await page.focus(selector);
	const [current, wanted] = await page.$eval(
		selector,
		(select, v) => [
			(select as HTMLSelectElement).selectedIndex,
			[...(select as HTMLSelectElement).options].findIndex((o) => o.value === v),
		],
		value,
	);
	expect(wanted, `${selector} offers ${value}`).toBeGreaterThanOrEqual(0);
	for (let i = 0; i < Math.abs(wanted! - current!); i++)
		await page.keyboard.press(wanted! > current! ? 'ArrowDown' : 'ArrowUp');
	expect(await page.inputValue(selector)).toBe(value);
}

/**
 * Types a date or a date and time into the browser's picker, segment by segment as a person
 * would (the order is the browser's: month/day/year first, else year-month-day), or as text.
 */
async function typeWhen(page: Page, selector: string, value: string): Promise<void> {
	const type = await page.$eval(selector, (input) => (input as HTMLInputElement).type);
	if (type === 'text') return typeText(page, selector, value);
	const [date, time] = value.split('T') as [string, string | undefined];
	const [y, m, d] = date.split('-');
	const hour = Number(time?.slice(0, 2) ?? 0);
	const clock = time
		? [`${String(hour % 12 || 12).padStart(2, '0')}${time.slice(3)}`, hour < 12 ? 'AM' : 'PM']
		: [];
	for (const order of [
		[m, d, y],
		[y, m, d],
	]) {
		await page.$eval(selector, (input) => ((input as HTMLInputElement).value = ''));
		await page.focus(selector);
		// A year takes up to six digits: the arrow key moves on from it.
		for (const part of [...order, ...clock]) {
			await page.keyboard.type(part!);
			if (part === y) await page.keyboard.press('ArrowRight');
		}
		if ((await page.inputValue(selector)) === value) return;
	}
	expect(await page.inputValue(selector), selector).toBe(value);
}

async function fillRows(page: Page, group: GroupName, rows: readonly object[]): Promise<void> {
	for (
		let count = await page.locator(`[data-group="${group}"] > .rows > li`).count();
		count < rows.length;
		count++
	) {
		await page.focus(`[data-add="${group}"]`);
		await page.keyboard.press('Enter');
	}
	for (const [index, row] of rows.entries())
		for (const [key, value] of Object.entries(row) as [string, string][]) {
			const selector = `#author-${group}-${index}-${key}`;
			if (await page.$eval(selector, (el) => el instanceof HTMLSelectElement))
				await choose(page, selector, value);
			else await typeText(page, selector, value);
		}
}

describe('proposing a new case of 1,500 characters', () => {
	it('keyboard only on a phone: one branch, one commit adding that file, one pull request, its link shown', async () => {
		const state = longCaseForm;
		// The course's count (as the form and the checker count it): the top of its 800–1,500.
		expect(proseLength(state.body)).toBe(1500);
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const leaving = await routeToFakeGitHub(context, fake);
		const page = await context.newPage();
		await page.goto(new URL('author/', site.url).href);
		await page.waitForSelector('#author:not([hidden])');

		for (const name of ['title', 'summary', 'id', 'place'] as const)
			await typeText(page, `[name="${name}"]`, state[name]);
		await fillRows(page, 'grid', state.grid);
		await typeWhen(page, '[name="timeStart"]', state.timeStart);
		await typeWhen(page, '[name="timeEnd"]', state.timeEnd);
		await fillRows(page, 'people', state.people);
		await choose(page, '[name="industry"]', state.industry);
		await typeText(page, '[name="body"]', state.body);
		await fillRows(page, 'demands', state.demands as object[]);
		await fillRows(page, 'gaps', state.gaps as object[]);
		for (const name of [
			'keyCritical',
			'keySecondary',
			'keyBasic',
			'processChanges',
			'insights',
			'questions',
			'authors',
		])
			await typeText(page, `[name="${name}"]`, state[name] as string);
		await typeWhen(page, '[name="published"]', state.published);
		await page.waitForFunction(
			(id) =>
				(document.querySelector('#author-mdx') as HTMLTextAreaElement).value.includes(`id: ${id}`),
			state.id,
		);

		await page.focus('#author-token-input');
		await page.keyboard.type(fake.token);
		await page.keyboard.press('Enter');
		await page.waitForSelector('#author-propose-pr', { state: 'visible' });
		await page.focus('#author-propose-pr');
		await page.keyboard.press('Enter');
		await page.waitForSelector('#author-pr-link', { timeout: 30_000 }).catch(async () => {
			throw new Error(
				`${await page.textContent('#author-token-status')} / ${await page.textContent('#author-problems')} / ${fake.requests.join(', ')}`,
			);
		});

		const written = await page.$eval('#author-mdx', (el) => (el as HTMLTextAreaElement).value);
		expect(written).toContain(state.body.split('\n\n')[3]);
		expect(fake.violations).toEqual([]);
		expect([...fake.branches.keys()]).toEqual(['main', `case/${state.id}`]);
		expect(fake.puts).toHaveLength(1);
		expect(fake.puts[0]!.sha).toBeUndefined();
		const branch = fake.branches.get(`case/${state.id}`)!;
		// One file added, byte for byte the form's; the rest of the repository as it was.
		expect([...branch.keys()].sort()).toEqual(['content/cases/other.mdx', file]);
		expect(branch.get(file)).toBe(written);
		expect(fake.branches.get('main')!.has(file)).toBe(false);
		expect(fake.pulls).toHaveLength(1);
		expect(fake.pulls[0]!).toMatchObject({ head: `case/${state.id}`, base: 'main' });
		expect(fake.pulls[0]!.title).toContain(state.title);
		const link = page.locator('#author-pr-link');
		expect(await link.getAttribute('href')).toBe(
			`https://github.com/${fake.owner}/${fake.repo}/pull/1`,
		);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('author-pr-link');
		expect(leaving).toEqual([]);

		// The list of drafts says so, with the pull request's link.
		const entry = page.locator('#author-draft-list li[aria-current="true"]');
		expect(await entry.locator('.draft-title').textContent()).toBe(state.title);
		expect(await entry.locator('.draft-proposed').textContent()).toBe('已提交：拉取请求 #1');
		expect(await entry.locator('.draft-proposed a').getAttribute('href')).toBe(
			`https://github.com/${fake.owner}/${fake.repo}/pull/1`,
		);
		await page.screenshot({ path: '/tmp/h14b-propose-new-phone.png' });
		await context.close();
	});
});

/**
 * Proposing an edit as a pull request from the form, keyboard only, against a fake GitHub API on
 * 127.0.0.1 (tests/helpers/fake-github.ts, checked against GitHub's OpenAPI description). The
 * site is built for github.com, so the browser asks api.github.com (the one host /author/'s CSP
 * allows); the test hands those requests to the fake and stops any other that leaves the machine.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { checkProject } from '../../src/checker/project-fs.ts';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.ts';
import { changedLines } from '../helpers/changed-lines.ts';
import { routeToFakeGitHub } from '../helpers/route-to-fake-github.ts';

const site = inject('site');
const gold = checkProject({ root: site.root })
	.cases.map((c) => ({
		id: (c.data as { id: string }).id,
		file: c.source.file,
		text: c.source.text,
	}))
	.find((c) => c.id === 'gold-card-lounge')!;
const file = `content/cases/${gold.id}.mdx`;

let browser: Browser;
let fake: FakeGitHub;
beforeAll(async () => {
	browser = await launchBrowser();
	fake = await startFakeGitHub({ [file]: gold.text });
});
afterAll(async () => {
	await browser?.close();
	await fake?.close();
});

const status = (page: Page) => page.textContent('#author-token-status');

/** Waits for the sign-in box to say `text`; on a timeout, says what it said instead. */
async function waitStatus(page: Page, text: string): Promise<void> {
	await page
		.waitForFunction(
			(want) => document.querySelector('#author-token-status')?.textContent?.includes(want),
			text,
			{ timeout: 20_000 },
		)
		.catch(async () => {
			throw new Error(
				`status: ${await status(page)}; action: ${await page.textContent('#author-action-status')}; problems: ${await page.textContent('#author-problems')}; API: ${fake.requests.join(', ')}`,
			);
		});
}

/** Types `text` at the end of the summary, keyboard only, and waits for the file to show it. */
async function appendToSummary(page: Page, text: string, shows: string): Promise<void> {
	await page.focus('#author-summary');
	await page.keyboard.press('End');
	await page.keyboard.insertText(text);
	await page.waitForFunction(
		(want) => (document.querySelector('#author-mdx') as HTMLTextAreaElement).value.includes(want),
		shows,
	);
}

async function press(page: Page, selector: string): Promise<void> {
	await page.focus(selector);
	await page.keyboard.press('Enter');
}

describe('proposing an edit as a pull request', () => {
	it('keyboard only: one commit whose diff is the changed sentence, one pull request, its link shown', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const leaving = await routeToFakeGitHub(context, fake);
		const page = await context.newPage();
		await page.goto(new URL(`author/?edit=${gold.id}`, site.url).href);
		await page.waitForFunction(() =>
			document.querySelector('#author-draft-status')?.textContent?.includes('.mdx'),
		);
		const title = /^title: (.*)$/m.exec(gold.text)![1]!.replace(/^"|"$/g, '');
		expect(await page.textContent('h1')).toBe(`修改案例：${title}`);
		expect(await page.textContent('#author-propose-hint')).toContain(`《${title}》`);

		await appendToSummary(page, '（已更正）', '已更正');
		const edited = await page.$eval('#author-mdx', (el) => (el as HTMLTextAreaElement).value);
		const summary = /^summary: (.*)$/m.exec(gold.text)![1]!;
		expect(changedLines(gold.text, edited)).toEqual([
			`-summary: ${summary}`,
			`+summary: ${summary}（已更正）`,
		]);

		// A wrong token: a plain message, nothing created, the draft kept.
		await page.focus('#author-token-input');
		await page.keyboard.type('github_pat_wrong');
		await page.keyboard.press('Enter');
		await page.waitForSelector('#author-propose-pr', { state: 'visible' });
		await press(page, '#author-propose-pr');
		await waitStatus(page, '令牌无效或已过期');
		expect(fake.branches.size).toBe(1);
		expect(await page.$eval('#author-mdx', (el) => (el as HTMLTextAreaElement).value)).toBe(edited);
		expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(
			'github_pat',
		);

		// Sign out, sign in with the right token; the network fails before the pull request.
		await press(page, '#author-sign-out');
		await page.focus('#author-token-input');
		await page.keyboard.type(fake.token);
		await press(page, '#author-sign-in');
		fake.failNext = `POST /repos/${fake.owner}/${fake.repo}/pulls`;
		await press(page, '#author-propose-pr');
		await waitStatus(page, '网络中断');
		expect(fake.pulls).toHaveLength(0);

		// Pressing again goes on from there: still one branch, one commit, now one pull request.
		await press(page, '#author-propose-pr');
		await page.waitForSelector('#author-pr-link');
		expect(fake.violations).toEqual([]);
		expect(fake.puts).toHaveLength(1);
		expect(fake.pulls).toHaveLength(1);
		const branch = fake.pulls[0]!.head;
		expect(branch).toBe(`case/${gold.id}`);
		expect(changedLines(gold.text, fake.branches.get(branch)!.get(file)!)).toEqual([
			`-summary: ${summary}`,
			`+summary: ${summary}（已更正）`,
		]);
		expect(fake.branches.get('main')!.get(file)).toBe(gold.text);
		const link = page.locator('#author-pr-link');
		expect(await link.getAttribute('href')).toBe(
			`https://github.com/${fake.owner}/${fake.repo}/pull/1`,
		);
		expect(await status(page)).toContain('#1');
		expect(leaving).toEqual([]);
		await page.screenshot({ path: '/tmp/h14b-propose-phone.png', fullPage: false });

		// Pressing again with nothing changed sends nothing: the pull request is named instead.
		await press(page, '#author-propose-pr');
		await waitStatus(page, '之后没有新的修改');
		expect(fake.pulls).toHaveLength(1);
		expect(fake.puts).toHaveLength(1);

		// A further change goes to the same pull request's branch as a second commit.
		await appendToSummary(page, '再次', '已更正）再次');
		await press(page, '#author-propose-pr');
		await waitStatus(page, '已把新的修改提交到拉取请求 #1');
		expect(fake.violations).toEqual([]);
		expect(fake.pulls).toHaveLength(1);
		expect(fake.puts).toHaveLength(2);
		expect([...fake.branches.keys()].sort()).toEqual([branch, 'main'].sort());
		expect(changedLines(gold.text, fake.branches.get(branch)!.get(file)!)).toEqual([
			`-summary: ${summary}`,
			`+summary: ${summary}（已更正）再次`,
		]);

		// A reviewer committed to the branch meanwhile: the next change does not overwrite theirs.
		const reviewed = fake.branches.get(branch)!.get(file)!.replace('再次', '（审阅人改）');
		fake.branches.get(branch)!.set(file, reviewed);
		await appendToSummary(page, '第三次', '第三次');
		await press(page, '#author-propose-pr');
		await waitStatus(page, '已被别人改过');
		expect(fake.puts).toHaveLength(2);
		expect(fake.branches.get(branch)!.get(file)).toBe(reviewed);
		expect(fake.pulls).toHaveLength(1);
		await context.close();
	});
});

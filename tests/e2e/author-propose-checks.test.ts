/**
 * After "Propose as a pull request", the form follows the pull request's checks against the fake
 * GitHub (checked against GitHub's OpenAPI description; its checks go queued → in progress → done
 * one read at a time): "in progress", then the result, with a link to the checks page, in a polite
 * live region; no reads while the tab is hidden, none once done; the list of drafts keeps the last
 * result, and a proposed draft opened again follows them again. Playwright's clock stands in
 * for the 15-second waits (no test hook in the page).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { checkProject } from '../../src/checker/project-fs.ts';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.ts';
import { routeToFakeGitHub } from '../helpers/route-to-fake-github.ts';

const site = inject('site');
const gold = checkProject({ root: site.root })
	.cases.map((c) => ({ id: (c.data as { id: string }).id, text: c.source.text }))
	.find((c) => c.id === 'gold-card-lounge')!;
const file = `content/cases/${gold.id}.mdx`;

let browser: Browser;
const fakes: FakeGitHub[] = [];
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	for (const fake of fakes) await fake.close();
});

async function press(page: Page, selector: string): Promise<void> {
	await page.focus(selector);
	await page.keyboard.press('Enter');
}

const checksText = (page: Page) => page.textContent('#author-checks');

/** Waits for the checks line to say `text`; on a timeout, says what it said instead. */
async function waitChecks(page: Page, fake: FakeGitHub, text: string): Promise<void> {
	await page
		.waitForFunction(
			(want) => document.querySelector('#author-checks')?.textContent?.includes(want),
			text,
			{ timeout: 20_000 },
		)
		.catch(async () => {
			throw new Error(
				`checks: ${await checksText(page)}; status: ${await page.textContent('#author-token-status')}; API: ${fake.requests.join(', ')}`,
			);
		});
}

/**
 * Moves the page's clock on 30 s at a time (the page schedules its next read only once the last
 * one is answered) until the checks line says `text`.
 */
async function advanceUntil(page: Page, fake: FakeGitHub, text: string): Promise<void> {
	for (let i = 0; i < 20; i++) {
		if ((await checksText(page))?.includes(text)) return;
		await page.clock.fastForward(30_000);
		await page.waitForTimeout(250);
	}
	await waitChecks(page, fake, text);
}

/** Opens the published case in the form on a phone, changes its summary and proposes it. */
async function propose(fake: FakeGitHub, lang: 'zh' | 'en') {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const leaving = await routeToFakeGitHub(context, fake);
	const page = await context.newPage();
	await page.clock.install();
	await page.goto(new URL(`${lang === 'en' ? 'en/' : ''}author/?edit=${gold.id}`, site.url).href);
	await page.waitForFunction(() =>
		document.querySelector('#author-draft-status')?.textContent?.includes('.mdx'),
	);
	await page.focus('#author-summary');
	await page.keyboard.press('End');
	await page.keyboard.insertText('（已更正）');
	await page.waitForFunction(() =>
		(document.querySelector('#author-mdx') as HTMLTextAreaElement).value.includes('已更正'),
	);
	await page.focus('#author-token-input');
	await page.keyboard.type(fake.token);
	await page.keyboard.press('Enter');
	await page.waitForSelector('#author-propose-pr', { state: 'visible' });
	await press(page, '#author-propose-pr');
	await page.waitForSelector('#author-pr-link', { timeout: 30_000 });
	return { context, page, leaving };
}

const setHidden = (page: Page, hidden: boolean) =>
	page.evaluate((value) => {
		Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
		document.dispatchEvent(new Event('visibilitychange'));
	}, hidden);

const reads = (fake: FakeGitHub) => [...fake.checkReads.values()].reduce((x, y) => x + y, 0);

describe('the checks of a proposed pull request', () => {
	it('in progress, then all passed, with a link; paused while hidden, stopped once done; kept in the list of drafts', async () => {
		const fake = await startFakeGitHub({ [file]: gold.text });
		fakes.push(fake);
		fake.checks = [
			{ name: 'check', conclusion: 'success' },
			{ name: 'build', conclusion: 'success' },
		];
		const { context, page, leaving } = await propose(fake, 'zh');
		// The first read comes at once: queued counts as in progress.
		await waitChecks(page, fake, '检查进行中');
		const region = page.locator('#author-checks');
		expect(await region.getAttribute('role')).toBe('status');
		expect(await region.getAttribute('aria-live')).toBe('polite');
		expect(await page.getAttribute('#author-checks-link', 'href')).toBe(
			`https://github.com/${fake.owner}/${fake.repo}/pull/1/checks`,
		);
		expect(reads(fake)).toBe(1);
		// Focus stays on the pull request's link: the checks line only speaks, politely.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('author-pr-link');
		const entry = page.locator('#author-draft-list li[aria-current="true"]');
		// A pending result says when it was read: it goes stale once the page is closed.
		expect(await entry.locator('.draft-checks').textContent()).toMatch(
			/^.*\d{1,2}:\d{2} 时检查还在进行$/,
		);

		// A hidden tab asks nothing, however long; back in view, it reads at once.
		await setHidden(page, true);
		await page.clock.fastForward(120_000);
		expect(reads(fake)).toBe(1);
		await setHidden(page, false);
		await expect.poll(() => reads(fake), { timeout: 10_000 }).toBe(2);
		expect(await checksText(page)).toContain('检查进行中');

		await advanceUntil(page, fake, '检查全部通过。');
		expect(reads(fake)).toBe(3);
		expect(await entry.locator('.draft-checks').textContent()).toBe('检查全部通过。');
		// Done: no more reads.
		await page.clock.fastForward(300_000);
		await page.waitForTimeout(300);
		expect(reads(fake)).toBe(3);
		expect(fake.violations).toEqual([]);
		expect(leaving).toEqual([]);
		await page.screenshot({ path: '/tmp/h14c-checks-passed-phone.png' });

		// The result stays with the draft after a reload (which opens a new draft for the case:
		// the proposed one is kept as it was, in the list).
		await page.reload();
		const proposed = page.locator('#author-draft-list li:has(.draft-proposed) .draft-checks');
		await proposed.waitFor();
		expect(await proposed.textContent()).toBe('检查全部通过。');
		await context.close();
	});

	it('a fine-grained token with "Actions: read": a failure counted, in English', async () => {
		const fake = await startFakeGitHub({ [file]: gold.text });
		fakes.push(fake);
		fake.access = 'actions';
		fake.checks = [
			{ name: 'check', conclusion: 'failure' },
			{ name: 'build', conclusion: 'success' },
		];
		const { context, page, leaving } = await propose(fake, 'en');
		await waitChecks(page, fake, 'Checks are running');
		expect(reads(fake)).toBe(1);
		// The page closed while they run: opening the proposed draft again follows them again.
		const draft = await page.getAttribute(
			'#author-draft-list li[aria-current="true"]',
			'data-draft',
		);
		await page.goto(new URL(`en/author/?draft=${draft}`, site.url).href);
		await waitChecks(page, fake, 'Checks are running');
		await expect.poll(() => reads(fake), { timeout: 10_000 }).toBe(2);
		await advanceUntil(page, fake, '1 check failed.');
		expect(reads(fake)).toBe(3);
		expect(await page.textContent('#author-checks')).toBe('1 check failed. See the checks');
		expect(
			await page.textContent(`#author-draft-list li[data-draft="${draft}"] .draft-checks`),
		).toBe('1 check failed.');
		expect(fake.violations).toEqual([]);
		expect(leaving).toEqual([]);
		await page.screenshot({ path: '/tmp/h14c-checks-failed-phone-en.png' });
		await context.close();
	});

	it('a token that may not read the checks says which permission is missing', async () => {
		const fake = await startFakeGitHub({ [file]: gold.text });
		fakes.push(fake);
		fake.access = 'none';
		fake.checks = [{ name: 'check', conclusion: 'success' }];
		const { context, page } = await propose(fake, 'zh');
		await waitChecks(page, fake, '“Actions：只读”');
		// Nothing more is asked.
		await page.clock.fastForward(120_000);
		await page.waitForTimeout(300);
		const asked = fake.requests.filter((r) => /check-runs|actions\/runs/.test(r));
		expect(asked).toHaveLength(2);
		expect(fake.violations).toEqual([]);
		await context.close();
	});
});

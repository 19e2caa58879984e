/**
 * Editing a published case in the form, as an author would: open it from its page's link, change
 * a sentence with the keyboard, and take away a file that differs from the repository's by that
 * sentence alone.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { checkProject } from '../../src/checker/project-fs.ts';
import { changedLines } from '../helpers/changed-lines.ts';

const site = inject('site');
const cases = checkProject({ root: site.root }).cases.map((c) => ({
	id: (c.data as { id: string }).id,
	file: c.source.file,
	text: c.source.text,
}));

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The form with a case opened; waits until the output holds a whole file. */
async function openForEdit(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
	const context = await browser.newContext({ viewport });
	await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
	const page = await context.newPage();
	await page.goto(new URL(path, site.url).href);
	await page.waitForSelector('#author:not([hidden])');
	await page.waitForFunction(() =>
		document.querySelector('#author-draft-status')?.textContent?.includes('.mdx'),
	);
	return page;
}

const output = (page: Page) => page.$eval('#author-mdx', (el) => (el as HTMLTextAreaElement).value);

describe('editing a published case in the form', () => {
	it('publishes every case file exactly as in the repository, and each case page links to the form', async () => {
		expect(cases.length).toBeGreaterThan(10);
		for (const { id, file } of cases) {
			const response = await fetch(new URL(`author/source/${id}.mdx`, site.url));
			expect(response.status, id).toBe(200);
			expect(await response.text(), id).toBe(readFileSync(join(site.root, file), 'utf8'));
			const page = readFileSync(join(site.dist, 'cases', id, 'index.html'), 'utf8');
			expect(page, id).toContain(`<a href="/author/?edit=${id}">在表单中编辑</a>`);
			const en = readFileSync(join(site.dist, 'en', 'cases', id, 'index.html'), 'utf8');
			expect(en, id).toContain(`<a href="/en/author/?edit=${id}">Edit in the form</a>`);
		}
	});

	it('opens every sample case with every field filled, and writes it back byte for byte', async () => {
		// One tab for all of them (a new tab costs more than the visit); drafts cleared between.
		const page = await openForEdit(`author/?edit=${cases[0]!.id}`);
		for (const { id, file, text } of cases) {
			await page.evaluate(() => localStorage.clear());
			await page.goto(new URL(`author/?edit=${id}`, site.url).href);
			await page.waitForFunction(() =>
				document.querySelector('#author-draft-status')?.textContent?.includes('.mdx'),
			);
			expect(await output(page), id).toBe(text);
			const title = /^title: (.*)$/m.exec(text)![1]!.replace(/^"|"$/g, '');
			expect(await page.inputValue('#author-title'), id).toBe(title);
			expect(await page.textContent('#author-draft-status'), id).toContain(file);
		}
		await page.context().close();
	}, 900_000);

	it('from the case page, keyboard only: one changed sentence is the only change in the file', async () => {
		const gold = cases.find((c) => c.id === 'gold-card-lounge')!;
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(new URL('cases/gold-card-lounge/', site.url).href);
		const link = page.locator('a', { hasText: '在表单中编辑' });
		await link.focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() =>
			document.querySelector('#author-draft-status')?.textContent?.includes('.mdx'),
		);
		await page.focus('#author-summary');
		await page.keyboard.press('End');
		await page.keyboard.insertText('（已更正）');
		await page.waitForFunction(() =>
			(document.querySelector('#author-mdx') as HTMLTextAreaElement).value.includes('已更正'),
		);
		const summary = /^summary: (.*)$/m.exec(gold.text)![1]!;
		expect(changedLines(gold.text, await output(page))).toEqual([
			`-summary: ${summary}`,
			`+summary: ${summary}（已更正）`,
		]);
		await page.screenshot({ path: '/tmp/h14-edit-phone.png', fullPage: false });
		// A reload goes on with the edit, not with a fresh copy.
		await page.reload();
		await page.waitForFunction(() =>
			(document.querySelector('#author-mdx') as HTMLTextAreaElement).value.includes('已更正'),
		);
		await context.close();
	});

	it('says so when the case does not exist', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(new URL('author/?edit=no-such-case', site.url).href);
		await page.waitForSelector('#author-draft-notice:not([hidden])');
		expect(await page.textContent('#author-draft-notice')).toContain('no-such-case');
		await context.close();
	});
});

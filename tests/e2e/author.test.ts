/**
 * The authoring form, driven as an author without a mouse would: Tab to a field, type, arrow
 * keys in selects and radio groups, Enter on buttons. What it writes must pass `npm run check`
 * and appear in a rebuilt handbook.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { createCheckContext } from '../../src/checker/check.ts';
import { parseMdxAsBuilt } from '../../src/checker/node/parse-mdx.ts';
import { formMessage } from '../../src/authoring/form-messages.ts';
import { loadVocabulary } from '../../src/config/load-fs.ts';
import { checkDraft } from '../../src/authoring/check-draft.ts';
import type { FormState, GroupName, RegistryRow } from '../../src/authoring/form-model.ts';
import { createTempProject } from '../helpers/temp-project.ts';
import { motForm, scqaForm } from '../fixtures/form-states.ts';

const site = inject('site');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The form in a new browser context (storage of its own), optionally with `draft` stored as if typed before. */
async function newAuthorPage(
	path = 'author/',
	draft?: FormState,
): Promise<{ context: BrowserContext; page: Page; offSite: string[] }> {
	const context = await browser.newContext({
		permissions: ['clipboard-read', 'clipboard-write'],
		viewport: { width: 1280, height: 900 },
	});
	if (draft)
		await context.addInitScript(
			(state) => localStorage.setItem('mot-handbook:author-draft:/', JSON.stringify(state)),
			draft,
		);
	// "Propose" opens the repository; nothing may leave the machine in a test, so such requests are recorded and stopped.
	const offSite: string[] = [];
	await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
		offSite.push(route.request().url());
		return route.abort();
	});
	const page = await context.newPage();
	await page.goto(site.url + path);
	await page.waitForSelector('#author:not([hidden])');
	return { context, page, offSite };
}

/** Presses Tab until the element matching `selector` has focus: the keyboard's way to a field. */
async function tabTo(page: Page, selector: string): Promise<void> {
	for (let presses = 0; presses < 400; presses++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector}`);
}

/** Replaces a text field's content by typing; new lines with Enter. */
async function typeInto(page: Page, selector: string, value: string): Promise<void> {
	await tabTo(page, selector);
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Delete');
	const lines = value.split('\n');
	for (const [index, line] of lines.entries()) {
		if (index > 0) await page.keyboard.press('Enter');
		if (line) await page.keyboard.insertText(line);
	}
}

/** Chooses an option of a focused select with the arrow keys. */
async function chooseWithArrows(page: Page, selector: string, value: string): Promise<void> {
	await tabTo(page, selector);
	const [current, wanted] = await page.evaluate(
		([s, v]) => {
			const select = document.querySelector<HTMLSelectElement>(s!)!;
			return [select.selectedIndex, [...select.options].findIndex((o) => o.value === v)];
		},
		[selector, value],
	);
	expect(wanted, `${selector} has an option ${value}`).toBeGreaterThanOrEqual(0);
	const key = wanted > current ? 'ArrowDown' : 'ArrowUp';
	for (let i = 0; i < Math.abs(wanted - current); i++) await page.keyboard.press(key);
	expect(await page.inputValue(selector)).toBe(value);
}

async function toggleChoices(page: Page, name: string, values: readonly string[]): Promise<void> {
	for (const value of values) {
		const selector = `input[name="${name}"][value="${value}"]`;
		await tabTo(page, selector);
		await page.keyboard.press('Space');
		expect(await page.isChecked(selector)).toBe(true);
	}
}

async function fillGroup(page: Page, group: GroupName, rows: readonly object[]): Promise<void> {
	let count = await page.locator(`[data-group="${group}"] > .rows > li`).count();
	while (count < rows.length) {
		await tabTo(page, `[data-add="${group}"]`);
		await page.keyboard.press('Enter');
		count++;
	}
	for (const [index, row] of rows.entries()) {
		for (const [key, value] of Object.entries(row) as [string, string][]) {
			const selector = `#author-${group}-${index}-${key}`;
			if (await page.locator(selector).evaluate((el) => el instanceof HTMLSelectElement))
				await chooseWithArrows(page, selector, value);
			else await typeInto(page, selector, value);
		}
	}
}

/** Fills the whole form in page order with the keyboard only. */
async function fillForm(page: Page, state: FormState): Promise<void> {
	await tabTo(page, 'input[name="kind"]:checked');
	if (state.kind === 'scqa') await page.keyboard.press('ArrowDown');
	expect(await page.isChecked(`input[name="kind"][value="${state.kind}"]`)).toBe(true);
	const text = (name: keyof FormState) =>
		state[name] ? typeInto(page, `[name="${name}"]`, state[name] as string) : undefined;
	// The browser's date and time pickers take their segments in the locale's order: reached by
	// Tab, then filled as typing them would.
	const when = async (name: keyof FormState) => {
		if (!state[name]) return;
		await tabTo(page, `[name="${name}"]`);
		await page.locator(`[name="${name}"]`).fill(state[name] as string);
	};
	await text('title');
	await text('summary');
	await fillGroup(page, 'grid', state.grid);
	await text('id');
	await when('timeStart');
	await when('timeEnd');
	await text('place');
	await fillGroup(page, 'people', state.people);
	await chooseWithArrows(page, '[name="industry"]', state.industry);
	await text('body');
	if (state.kind === 'mot') {
		await fillGroup(page, 'demands', state.demands as RegistryRow[]);
		await fillGroup(page, 'gaps', state.gaps as RegistryRow[]);
		for (const name of [
			'keyCritical',
			'keySecondary',
			'keyBasic',
			'processChanges',
			'insights',
		] as const)
			await text(name);
	} else {
		for (const name of ['situation', 'complication', 'question', 'steps'] as const)
			await text(name);
		await toggleChoices(page, 'remedies', state.remedies as string[]);
		await text('value');
	}
	await text('authors');
	await when('published');
	await toggleChoices(page, 'tags', state.tags);
	await text('questions');
	await text('related');
}

describe('the authoring form /author/', () => {
	it.each([
		['MOT', motForm],
		['SCQA', scqaForm],
	] as const)('writes a valid %s case, filled in with the keyboard only', async (_kind, state) => {
		const { context, page } = await newAuthorPage();
		await fillForm(page, state);
		await page.waitForFunction(
			() => document.getElementById('author-status')?.dataset.state === 'ok',
			undefined,
			{ timeout: 5000 },
		);
		expect(await page.textContent('#author-status')).toContain('检查通过');
		await tabTo(page, '#author-copy');
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			() => document.getElementById('author-action-status')?.textContent !== '',
		);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await page.inputValue('#author-mdx'));
		expect(copied).toContain(`id: ${state.id}`);
		expect(copied).toContain(`title: ${state.title}`);
		expect(await page.locator('#author-preview .preview-title').textContent()).toBe(state.title);
		await context.close();
	});

	it('the files it writes pass npm run check and appear in the rebuilt handbook', async () => {
		// Its own files, not the tests above: each form filled from a stored draft (typing them is tested above).
		const written: Record<string, string> = {};
		for (const state of [motForm, scqaForm]) {
			const { context, page } = await newAuthorPage('author/', state);
			await page.waitForFunction(
				() => document.getElementById('author-status')?.dataset.state === 'ok',
			);
			written[state.id] = await page.inputValue('#author-mdx');
			expect(written[state.id]).toContain(`id: ${state.id}`);
			await context.close();
		}
		const project = createTempProject({}, { site: true, samples: true });
		try {
			for (const [id, mdx] of Object.entries(written))
				project.write(`content/cases/${id}.mdx`, mdx);
			const check = project.run('scripts/check.ts');
			expect(check.stdout + check.stderr).toContain('0 个错误');
			expect(check.code).toBe(0);
			const build = project.run(join(project.root, 'node_modules/astro/bin/astro.mjs'), ['build']);
			expect(build.code, build.stderr).toBe(0);
			for (const state of [motForm, scqaForm]) {
				const html = join(project.root, 'dist/cases', state.id, 'index.html');
				expect(existsSync(html)).toBe(true);
				expect(readFileSync(html, 'utf8')).toContain(`<h1>${state.title}</h1>`);
			}
			const cell = readFileSync(join(project.root, 'dist/grid/c5/index.html'), 'utf8');
			expect(cell).toContain(`/cases/${motForm.id}/`);
		} finally {
			project.dispose();
		}
	});

	it("shows the checker's finding next to an invalid field, in the form's words", async () => {
		const { context, page } = await newAuthorPage();
		await typeInto(
			page,
			'[name="title"]',
			'一位客人在酒店门口等了很久的出租车，门童陪他站在雨里，最后把自己的伞送给了他，让他很感动',
		);
		await tabTo(page, '[name="summary"]');
		const shown = page.locator('[data-field="title"] > .field-problems');
		// The check runs in a worker: wait for its answer to this title, not an earlier one (the emptied field).
		await shown.locator('li[data-rule="length-limit"]').waitFor();
		const mdx = await page.inputValue('#author-mdx');
		const expected = checkDraft(
			'content/cases/x.mdx',
			mdx,
			createCheckContext(loadVocabulary(site.root), parseMdxAsBuilt),
			[],
		).find((p) => p.field === 'title')!;
		expect(expected.rule).toBe('length-limit');
		expect(await shown.textContent()).toBe(
			formMessage(expected, 'zh', { label: '标题', control: 'text' }),
		);
		expect(await page.getAttribute('#author-title', 'aria-invalid')).toBe('true');
		expect(await page.textContent('[data-count-for="title"]')).toMatch(/^\d+ \/ 40 字$/);
		await context.close();
	});

	it('flags a mobile number typed into the narrative, masked', async () => {
		const { context, page } = await newAuthorPage();
		await typeInto(page, '[name="body"]', '客人留下电话 13912345678，请我们回电。');
		const shown = page.locator('[data-field="body"] > .field-problems [data-rule="pii-mobile"]');
		await shown.waitFor();
		expect(await shown.textContent()).toContain('139****5678');
		expect(await shown.textContent()).not.toContain('13912345678');
		await context.close();
	});

	it('keeps the draft through a reload', async () => {
		const { context, page } = await newAuthorPage();
		await typeInto(page, '[name="title"]', '草稿不会丢');
		await fillGroup(page, 'people', [
			...motForm.people,
			{ name: '赵经理', role: '大堂经理', side: 'staff' },
		]);
		await page.waitForFunction(
			() => (document.getElementById('author-draft-status')?.textContent ?? '') !== '',
		);
		await page.reload();
		await page.waitForSelector('#author:not([hidden])');
		expect(await page.inputValue('#author-title')).toBe('草稿不会丢');
		expect(await page.inputValue('#author-people-2-name')).toBe('赵经理');
		expect(await page.textContent('#author-draft-status')).toContain('恢复');
		await context.close();
	});

	it('sets aside a stored draft it cannot show, says where it went, and works (was stuck on "loading")', async () => {
		const { context, page } = await newAuthorPage();
		const draftKey = 'mot-handbook:author-draft:/';
		for (const stored of ['{"people":5}', 'not json{']) {
			await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [draftKey, stored]);
			await page.reload();
			await page.waitForSelector('#author:not([hidden])', { timeout: 10_000 });
			expect(await page.locator('#author-loading').count()).toBe(0);
			const notice = (await page.textContent('#author-draft-notice')) ?? '';
			expect(await page.isVisible('#author-draft-notice')).toBe(true);
			expect(notice).toContain('无法在表单中打开');
			// Nothing lost: the old draft's text is shown under the notice, unchanged, to copy.
			expect(await page.inputValue('details.set-aside textarea')).toBe(stored);
		}
		// The form works: what is typed is saved as the draft and restored, without the notice.
		await typeInto(page, '[name="title"]', '坏草稿之后的新案例');
		await page.waitForFunction(
			() => (document.getElementById('author-draft-status')?.textContent ?? '') !== '',
		);
		await page.reload();
		await page.waitForSelector('#author:not([hidden])');
		expect(await page.inputValue('#author-title')).toBe('坏草稿之后的新案例');
		expect(await page.isVisible('#author-draft-notice')).toBe(false);
		await context.close();
	});

	it("refuses to propose a case with errors, then opens the repository's new-file page with the file filled in", async () => {
		const { context, page, offSite } = await newAuthorPage();
		await tabTo(page, '#author-propose');
		await page.keyboard.press('Enter');
		// The check runs in a worker: the answer appears once it is back.
		await page.waitForFunction(
			() => document.getElementById('author-action-status')?.textContent !== '',
		);
		expect(await page.textContent('#author-action-status')).toContain('请先改完');
		// Every problem of an empty form links to a field the author can reach.
		const targets = await page.$$eval('#author-problems a', (links) =>
			links.map((a) => (a as HTMLAnchorElement).hash),
		);
		expect(targets.length).toBeGreaterThan(5);
		expect(targets.filter((hash) => hash === '#author-form')).toEqual([]);

		// A finished draft, as if typed earlier (the keyboard test above covers typing it).
		await page.close();
		const again = await context.newPage();
		await again.addInitScript(
			(state) => localStorage.setItem('mot-handbook:author-draft:/', JSON.stringify(state)),
			motForm,
		);
		await again.goto(site.url + 'author/');
		await again.waitForSelector('#author:not([hidden])');
		await again.waitForFunction(
			() => document.getElementById('author-status')?.dataset.state === 'ok',
		);
		await tabTo(again, '#author-propose');
		await again.keyboard.press('Enter');
		await expect.poll(() => offSite.length).toBe(1);
		const opened = new URL(offSite[0]!);
		expect(opened.pathname).toBe('/example/mot-handbook/new/main/content/cases');
		expect(opened.searchParams.get('filename')).toBe(`${motForm.id}.mdx`);
		expect(opened.searchParams.get('value')).toBe(await again.inputValue('#author-mdx'));
		await context.close();
	});

	it("speaks English under /en/, with the checker's English messages", async () => {
		const { context, page } = await newAuthorPage('en/author/');
		await typeInto(page, '[name="place"]', '门口');
		await tabTo(page, '[name="industry"]');
		const shown = page.locator('[data-field="place"] > .field-problems');
		// Wait for the worker's answer to this place, not an earlier one.
		await shown.locator('li[data-rule="length-limit"]').waitFor();
		expect(await shown.textContent()).toContain('The place must be precise');
		await context.close();
	});
});

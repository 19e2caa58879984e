/**
 * Counts the browser writes (the filtered case list, search results) use the same plural
 * rules as the pages built on the server: "1 case", never "1 cases".
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { launchBrowser } from '../helpers/browser.ts';

const site = inject('site');
/** The sample cases the built list starts with, before its script applies the filters. */
const total = readdirSync(new URL('../../content/cases/', import.meta.url)).filter((f) =>
	f.endsWith('.mdx'),
).length;
const notTotal = (prefix = '') => new RegExp(`^(?!${prefix}${total} )`);
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Opens a page and returns `selector`'s text once its script has written one matching `written`. */
async function textOnceWritten(path: string, selector: string, written: RegExp): Promise<string> {
	const page: Page = await browser.newPage();
	try {
		await page.goto(site.url + path);
		const handle = await page.waitForFunction(
			({ selector, source }) => {
				const text = document.querySelector(selector)?.textContent ?? '';
				return new RegExp(source).test(text) ? text : false;
			},
			{ selector, source: written.source },
		);
		return (await handle.jsonValue()) as string;
	} finally {
		await page.close();
	}
}

describe('English plurals written in the browser', () => {
	it('the filtered case list says "1 case" for the one airline case, "5 cases" for telecom', async () => {
		// The built page counts every sample case; the script rewrites the count once it has read the filters.
		expect(await textOnceWritten('en/cases/?industry=airline', '#case-count', notTotal())).toBe(
			'1 case',
		);
		expect(await textOnceWritten('en/cases/?industry=telecom', '#case-count', notTotal())).toBe(
			'5 cases',
		);
	});

	it('the search page says "1 result" for 话费, found in one case', async () => {
		expect(
			await textOnceWritten(`en/search/?q=${encodeURIComponent('话费')}`, '#search-status', /\d/),
		).toBe('1 result');
	});

	it('the Chinese pages keep their one form', async () => {
		expect(await textOnceWritten('cases/?industry=airline', '#case-count', notTotal('共 '))).toBe(
			'共 1 个案例',
		);
	});
});

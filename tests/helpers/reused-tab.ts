/**
 * One browser tab that a test file reuses for the pages it only reads. Opening a tab takes about
 * half a second in Chromium 156 (about three times as long as in 153); going to another page in an
 * open tab takes a fraction of that. Each visit resets what a test may have changed (window
 * size, print media, colour scheme). Service workers are blocked, so no visit is answered from
 * a cache an earlier visit filled; the offline tests open their own tabs.
 */
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface Visit {
	viewport?: { width: number; height: number };
	colorScheme?: 'light' | 'dark';
	/** The HTTP status the page must answer with. */
	status?: number;
}

export const desktop = { width: 1280, height: 900 };
export const phone = { width: 390, height: 844 };

export function reusedTab(browser: () => Browser, origin: string) {
	let context: BrowserContext | undefined;
	let page: Page | undefined;
	return async function open(path: string, visit: Visit = {}): Promise<Page> {
		context ??= await browser().newContext({ serviceWorkers: 'block' });
		if (!page || page.isClosed()) page = await context.newPage();
		await page.setViewportSize(visit.viewport ?? desktop);
		await page.emulateMedia({ media: null, colorScheme: visit.colorScheme ?? 'light' });
		const response = await page.goto(new URL(path, origin).href);
		expect(response?.status(), path).toBe(visit.status ?? 200);
		return page;
	};
}

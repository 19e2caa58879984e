/**
 * The browser for tests that are not about offline reading: service workers are blocked unless
 * a context asks for them. Otherwise every new context registers the handbook's worker, which
 * downloads the first visit's offline share (~2.5 MB, 400+ files for the sample site) while the
 * test runs, competing with it for the machine. The offline tests use scripts/lib/browser.ts.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser as launchChromium } from '../../scripts/lib/browser.ts';

export async function launchBrowser(): Promise<Browser> {
	const browser = await launchChromium();
	const newContext = browser.newContext.bind(browser);
	const newPage = browser.newPage.bind(browser);
	browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
	browser.newPage = (options = {}) => newPage({ serviceWorkers: 'block', ...options });
	return browser;
}

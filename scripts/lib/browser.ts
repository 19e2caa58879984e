/**
 * Chromium from the system (Debian's package), driven by playwright-core. No test downloads a
 * browser: set CHROME_PATH to use another binary.
 */
import { chromium, type Browser } from 'playwright-core';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromePath,
		headless: true,
		args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync'],
	});
}

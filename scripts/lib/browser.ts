/**
 * Launches the Chromium that browser-choice.ts picks (CHROME_PATH, the system's, or the one
 * bundled in @sparticuz/chromium), driven by playwright-core. No test downloads a browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { chooseBrowser, describeBrowserChoice } from './browser-choice.ts';
import { unpackBundledChromium } from './bundled-chromium.ts';

export interface BrowserExecutable {
	path: string;
	/** The environment to start it with (the bundled one needs its libraries on LD_LIBRARY_PATH). */
	env: NodeJS.ProcessEnv;
	/** What it is, for logs. */
	description: string;
}

/** Flags for any headless run here: no sandbox (containers, root), nothing phoning home. */
export const chromiumFlags = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-gpu',
	'--no-first-run',
	'--disable-sync',
];

/** The binary to start, unpacking the bundled one first if it is the choice; throws when there is none. */
export async function browserExecutable(): Promise<BrowserExecutable> {
	const choice = chooseBrowser();
	const description = describeBrowserChoice(choice);
	if (choice.source === 'none') throw new Error(`No Chromium to run: ${choice.reason}`);
	if (choice.source !== 'bundled')
		return { path: choice.executable, env: process.env, description };
	const unpacked = await unpackBundledChromium(choice.bundled);
	const env: NodeJS.ProcessEnv = {
		...process.env,
		LD_LIBRARY_PATH: [unpacked.libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
	};
	// Without fontconfig's own configuration Chromium finds no font at all; the package's Open Sans keeps Latin text readable.
	if (!process.env.FONTCONFIG_FILE && !existsSync('/etc/fonts/fonts.conf'))
		env.FONTCONFIG_FILE = unpacked.fontconfigFile;
	return { path: unpacked.executable, env, description };
}

export async function launchBrowser(): Promise<Browser> {
	const executable = await browserExecutable();
	return chromium.launch({
		executablePath: executable.path,
		env: executable.env,
		headless: true,
		args: chromiumFlags,
	});
}

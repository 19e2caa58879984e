/**
 * Which Chromium the tests and scripts drive, decided in one place: CHROME_PATH, else the
 * system's Chromium, else the one bundled in @sparticuz/chromium. MOT_BROWSER=system|bundled
 * forces one (CI runs a test file on each); with REQUIRE_SYSTEM_TOOLS=1 there is no silent
 * fallback from the system's to the bundled one.
 */
import { spawnSync } from 'node:child_process';
import {
	bundledPackageName,
	findBundledChromium,
	type BundledChromiumPackage,
} from './bundled-chromium.ts';
import { findSystemTool, missingToolReason } from './system-tools.ts';

export type BrowserChoice =
	| { source: 'CHROME_PATH' | 'system'; executable: string }
	| { source: 'bundled'; bundled: BundledChromiumPackage }
	| { source: 'none'; reason: string };

const forcedValues = ['system', 'bundled'] as const;

export function chooseBrowser(): BrowserChoice {
	const forced = process.env.MOT_BROWSER || undefined;
	if (forced && !forcedValues.includes(forced as (typeof forcedValues)[number]))
		return {
			source: 'none',
			reason: `MOT_BROWSER is "${forced}"; use one of ${forcedValues.join(', ')}, or leave it unset`,
		};
	if (!forced && process.env.CHROME_PATH)
		return { source: 'CHROME_PATH', executable: process.env.CHROME_PATH };
	if (forced !== 'bundled') {
		const system = findSystemTool('chromium');
		if (system) return { source: 'system', executable: system };
		if (forced === 'system' || process.env.REQUIRE_SYSTEM_TOOLS)
			return {
				source: 'none',
				reason: `${missingToolReason('chromium')}; MOT_BROWSER=${forced ?? '(unset)'}, REQUIRE_SYSTEM_TOOLS=${process.env.REQUIRE_SYSTEM_TOOLS ?? '(unset)'}`,
			};
	}
	const bundled = findBundledChromium();
	if ('missing' in bundled)
		return {
			source: 'none',
			reason: forced
				? bundled.missing
				: `no system Chromium (${missingToolReason('chromium')}, or set CHROME_PATH), and ${bundled.missing}`,
		};
	return { source: 'bundled', bundled };
}

/** One line saying which browser runs and how to pick another, for the top of the test output. */
export function describeBrowserChoice(choice: BrowserChoice = chooseBrowser()): string {
	switch (choice.source) {
		case 'CHROME_PATH':
		case 'system': {
			const version =
				spawnSync(choice.executable, ['--version'], {
					encoding: 'utf8',
					timeout: 10_000,
				}).stdout?.trim() || 'version unknown';
			return `${choice.source === 'system' ? 'system Chromium' : 'CHROME_PATH'} ${choice.executable} (${version}); MOT_BROWSER=bundled uses the bundled one`;
		}
		case 'bundled': {
			const why =
				process.env.MOT_BROWSER === 'bundled'
					? 'MOT_BROWSER=bundled'
					: 'no system Chromium or CHROME_PATH';
			return `bundled Chromium ${choice.bundled.version} from ${bundledPackageName} (${why}), unpacked in ${choice.bundled.cacheDir}`;
		}
		case 'none':
			return `none: ${choice.reason}`;
	}
}

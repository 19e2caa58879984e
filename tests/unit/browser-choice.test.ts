import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { chooseBrowser, describeBrowserChoice } from '../../scripts/lib/browser-choice.ts';
import { findBundledChromium } from '../../scripts/lib/bundled-chromium.ts';
import { untar } from '../../scripts/lib/untar.ts';

const variables = [
	'CHROME_PATH',
	'MOT_BROWSER',
	'MOT_HIDE_SYSTEM_TOOLS',
	'REQUIRE_SYSTEM_TOOLS',
	'PATH',
] as const;
const saved = Object.fromEntries(variables.map((name) => [name, process.env[name]]));
let dir = '';
let fakeChromium = '';

beforeEach(() => {
	for (const name of variables) if (name !== 'PATH') delete process.env[name];
	dir = mkdtempSync(join(tmpdir(), 'mot-browser-choice-'));
	// A "system Chromium" first on PATH, so the test does not depend on the machine's.
	fakeChromium = join(dir, 'chromium');
	writeFileSync(fakeChromium, '#!/bin/sh\necho "Chromium 1.2.3"\n', { mode: 0o755 });
	process.env.PATH = `${dir}${delimiter}${saved.PATH}`;
});
afterEach(() => {
	for (const name of variables)
		saved[name] === undefined ? delete process.env[name] : (process.env[name] = saved[name]);
	rmSync(dir, { recursive: true, force: true });
});

const bundled = findBundledChromium();
const bundledOrNone = 'missing' in bundled ? 'none' : 'bundled';

describe('which Chromium the tests drive', () => {
	it('takes CHROME_PATH first, then the system Chromium, then the bundled one', () => {
		process.env.CHROME_PATH = '/opt/chrome/chrome';
		expect(chooseBrowser()).toEqual({ source: 'CHROME_PATH', executable: '/opt/chrome/chrome' });
		delete process.env.CHROME_PATH;
		expect(chooseBrowser()).toEqual({ source: 'system', executable: fakeChromium });
		expect(describeBrowserChoice()).toContain('Chromium 1.2.3');
		process.env.MOT_HIDE_SYSTEM_TOOLS = 'chromium';
		expect(chooseBrowser().source).toBe(bundledOrNone);
	});

	it('is forced with MOT_BROWSER, and says so', () => {
		process.env.CHROME_PATH = '/opt/chrome/chrome';
		process.env.MOT_BROWSER = 'bundled';
		expect(chooseBrowser().source).toBe(bundledOrNone);
		if (bundledOrNone === 'bundled')
			expect(describeBrowserChoice()).toMatch(
				/^bundled Chromium \d+\.\d+\.\d+ from @sparticuz\/chromium \(MOT_BROWSER=bundled\)/,
			);
		process.env.MOT_BROWSER = 'system';
		expect(chooseBrowser()).toEqual({ source: 'system', executable: fakeChromium });
		process.env.MOT_HIDE_SYSTEM_TOOLS = 'all';
		expect(chooseBrowser()).toMatchObject({
			source: 'none',
			reason: expect.stringContaining('apt-get install -y chromium'),
		});
		process.env.MOT_BROWSER = 'firefox';
		expect(describeBrowserChoice()).toMatch(/^none: MOT_BROWSER is "firefox"/);
	});

	it('never falls back from the system Chromium to the bundled one under REQUIRE_SYSTEM_TOOLS', () => {
		process.env.REQUIRE_SYSTEM_TOOLS = '1';
		process.env.MOT_HIDE_SYSTEM_TOOLS = 'chromium';
		expect(chooseBrowser().source).toBe('none');
		process.env.MOT_BROWSER = 'bundled';
		expect(chooseBrowser().source).toBe(bundledOrNone);
	});
});

describe('untar (unpacking the bundled Chromium)', () => {
	it('unpacks folders and files with their modes', () => {
		const source = join(dir, 'source');
		mkdirSync(join(source, 'lib/deep'), { recursive: true });
		writeFileSync(join(source, 'lib/deep/tool'), '#!/bin/sh\n', { mode: 0o755 });
		writeFileSync(join(source, 'readme.txt'), '字'.repeat(600));
		const archive = join(dir, 'a.tar');
		expect(spawnSync('tar', ['-cf', archive, '-C', source, 'lib', 'readme.txt']).status).toBe(0);
		untar(readFileSync(archive), join(dir, 'out'));
		expect(readFileSync(join(dir, 'out/readme.txt'), 'utf8')).toBe('字'.repeat(600));
		expect(statSync(join(dir, 'out/lib/deep/tool')).mode & 0o777).toBe(0o755);
	});
});

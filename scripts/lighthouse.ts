/**
 * `npm run lighthouse`: Lighthouse (mobile preset: a mid-range phone on a slow 4G link, simulated)
 * on the home page, a cell, a case and search, against a fresh build of the sample handbook
 * served on loopback, driving the Chromium scripts/lib/browser-choice.ts picks. Prints the four
 * category scores per page and exits 1 when any is below 95 (`--min` to change).
 *
 * The sample site sets `noindex` (an intranet handbook asks search engines to stay away),
 * which Lighthouse's SEO category counts against it; this build turns it off with
 * `SITE_NOINDEX=false` so the score measures everything else, and says so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { browserExecutable, chromiumFlags, type BrowserExecutable } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { copySiteCode, repoRoot } from './lib/project-copy.ts';

const { values } = parseArgs({ options: { min: { type: 'string', default: '95' } } });
const minimum = Number(values.min);
const pages = [
	'',
	'grid/c1/',
	'cases/gold-card-lounge/',
	`search/?q=${encodeURIComponent('卡号')}`,
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const root = mkdtempSync(join(tmpdir(), 'mot-lighthouse-'));
copySiteCode(root);
cpSync(join(repoRoot, 'content'), join(root, 'content'), { recursive: true });

/** Chromium with a DevTools port for Lighthouse; resolves with the port it chose. */
function launchChromium(browser: BrowserExecutable): Promise<{ port: number; close(): void }> {
	const profile = mkdtempSync(join(tmpdir(), 'mot-lighthouse-profile-'));
	const chrome = spawn(
		browser.path,
		[
			'--headless=new',
			...chromiumFlags,
			'--remote-debugging-port=0',
			`--user-data-dir=${profile}`,
			'about:blank',
		],
		{ stdio: ['ignore', 'ignore', 'pipe'], env: browser.env },
	);
	return new Promise((resolve, reject) => {
		let log = '';
		chrome.stderr.on('data', (chunk: Buffer) => {
			log += chunk.toString();
			const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log)?.[1];
			// Chromium may still be writing its profile as it exits: retry the removal.
			if (port)
				resolve({
					port: Number(port),
					close: () => (
						chrome.kill(),
						rmSync(profile, { recursive: true, force: true, maxRetries: 5 })
					),
				});
		});
		chrome.on('exit', (code) =>
			reject(new Error(`${browser.path} exited (${code}) before DevTools was ready:\n${log}`)),
		);
	});
}

let failed = false;
try {
	const build = spawnSync(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
		{
			cwd: root,
			encoding: 'utf8',
			env: {
				...process.env,
				NODE_ENV: 'production',
				SITE_NOINDEX: 'false',
				ASTRO_TELEMETRY_DISABLED: '1',
			},
		},
	);
	if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
	const server = await serveStatic(join(root, 'dist'));
	const browser = await browserExecutable();
	const chrome = await launchChromium(browser);
	try {
		console.log(
			`Lighthouse ${'mobile preset'}, ${browser.description}; noindex off for this build (see the script's comment)`,
		);
		console.log(['page'.padEnd(28), ...categories.map((c) => c.padStart(15))].join(''));
		for (const page of pages) {
			const result = await lighthouse(server.url + page, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...categories],
			});
			if (!result) throw new Error(`no Lighthouse result for /${page}`);
			const scores = categories.map((c) =>
				Math.round((result.lhr.categories[c]?.score ?? 0) * 100),
			);
			if (scores.some((s) => s < minimum)) failed = true;
			console.log(
				[
					`/${decodeURIComponent(page)}`.padEnd(28),
					...scores.map((s) => String(s).padStart(15)),
				].join(''),
			);
			for (const c of categories) {
				const category = result.lhr.categories[c]!;
				if ((category.score ?? 0) * 100 >= minimum) continue;
				for (const ref of category.auditRefs) {
					const audit = result.lhr.audits[ref.id]!;
					if (ref.weight > 0 && audit.score !== null && audit.score < 0.9)
						console.log(`    ${c}: ${audit.id} ${audit.displayValue ?? ''} (${audit.score})`);
				}
			}
		}
	} finally {
		chrome.close();
		await server.close();
	}
} finally {
	rmSync(root, { recursive: true, force: true });
}
if (failed) {
	console.log(`some score is below ${minimum}`);
	process.exitCode = 1;
}

/**
 * `npm run bench [-- --n 10000]`: the whole pipeline on N generated cases (default 10,000) in a
 * temp copy of the project, never `content/`: check time, build time (content sync, pages,
 * search index), pages per second, peak memory, output size, and one case page's gzip weight.
 * Prints one line per measure and a summary last.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCases } from './lib/generate-cases.ts';
import { copySiteCode, repoRoot } from './lib/project-copy.ts';
import { pageWeight } from './lib/page-weight.ts';

const { values } = parseArgs({
	options: { n: { type: 'string', default: '10000' }, keep: { type: 'boolean', default: false } },
});
const n = Number(values.n);

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
	);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

let start = performance.now();
const corpus = generateCases(repoRoot, n);
copySiteCode(corpus.root);
console.log(`generate: ${n} cases in ${((performance.now() - start) / 1000).toFixed(1)} s`);

try {
	start = performance.now();
	const check = spawnSync(process.execPath, [join(repoRoot, 'scripts/check.ts')], {
		cwd: corpus.root,
		encoding: 'utf8',
		maxBuffer: 1 << 30,
	});
	const checkSeconds = (performance.now() - start) / 1000;
	console.log(`check: ${checkSeconds.toFixed(2)} s (${check.stdout.trim().split('\n').at(-1)})`);

	// Peak memory from GNU time when the machine has it.
	const timed = existsSync('/usr/bin/time');
	const command = timed ? '/usr/bin/time' : process.execPath;
	const args = [
		...(timed ? ['-f', 'peak_kb=%M', process.execPath] : []),
		join(corpus.root, 'node_modules/astro/bin/astro.mjs'),
		'build',
	];
	start = performance.now();
	const build = spawnSync(command, args, {
		cwd: corpus.root,
		encoding: 'utf8',
		maxBuffer: 1 << 30,
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			NODE_OPTIONS: '--max-old-space-size=8192',
		},
	});
	const buildSeconds = (performance.now() - start) / 1000;
	if (build.status !== 0)
		throw new Error(`build failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
	const output = build.stdout + build.stderr;
	const peakMb = timed ? Number(/peak_kb=(\d+)/.exec(output)?.[1] ?? 0) / 1024 : NaN;
	const indexMs = Number(/indexed \d+ records in (\d+) ms/.exec(output)?.[1] ?? NaN);
	const syncMs = Number(/Synced content[^\n]*?(\d+)ms/.exec(output)?.[1] ?? NaN);
	const dist = join(corpus.root, 'dist');
	const all = files(dist);
	const pages = all.filter((f) => f.endsWith('.html')).length;
	const size = all.reduce((sum, f) => sum + statSync(f).size, 0);
	const weight = pageWeight(
		dist,
		'cases/gen-telecom-0/'.replace(
			'gen-telecom-0',
			readdirSync(join(dist, 'cases')).find((d) => d.startsWith('gen-'))!,
		),
	);
	console.log(
		`build: ${buildSeconds.toFixed(1)} s for ${pages} pages = ${(pages / buildSeconds).toFixed(0)} pages/s${Number.isNaN(syncMs) ? '' : `; content sync ${(syncMs / 1000).toFixed(1)} s`}`,
	);
	console.log(`search index: ${(indexMs / 1000).toFixed(1)} s`);
	console.log(
		`peak memory: ${Number.isNaN(peakMb) ? 'n/a (no /usr/bin/time)' : `${peakMb.toFixed(0)} MB`}`,
	);
	console.log(`output: ${mb(size)} MB in ${all.length} files`);
	console.log(
		`case page: ${(weight.total / 1024).toFixed(1)} KB gzip (html ${weight.html} B, css ${weight.css} B, js ${weight.js} B)`,
	);
	console.log(
		`bench cases=${n} check_s=${checkSeconds.toFixed(2)} build_s=${buildSeconds.toFixed(1)} index_s=${(indexMs / 1000).toFixed(1)} pages=${pages} pages_per_s=${(pages / buildSeconds).toFixed(0)} peak_mb=${peakMb.toFixed(0)} dist_mb=${mb(size)} case_page_kb=${(weight.total / 1024).toFixed(1)}`,
	);
} finally {
	if (!values.keep) rmSync(corpus.root, { recursive: true, force: true });
	else console.log(`kept: ${corpus.root}`);
}

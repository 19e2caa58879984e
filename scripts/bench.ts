/**
 * `npm run bench [-- --n 10000]`: the whole pipeline on N generated cases (default 10,000) in a
 * temp copy of the project, never `content/`: check time, a cold build (content sync, pages,
 * search index), then a warm rebuild after one case's title changed (the incremental build),
 * pages per second, peak memory and CPU time of each, output size, what a first visit saves
 * offline (from the offline integration's log line) and one case page's gzip weight. Prints one
 * line per measure and a machine-readable summary last.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectCacheFile } from '../src/checker/check-cache-fs.ts';
import { generateCases } from './lib/generate-cases.ts';
import { copySiteCode, repoRoot } from './lib/project-copy.ts';
import { pageWeight } from './lib/page-weight.ts';
import { timedBuild as timedBuildIn } from './lib/timed-build.ts';

const { values } = parseArgs({
	options: {
		n: { type: 'string', default: '10000' },
		keep: { type: 'boolean', default: false },
		// The V8 heap limit of the builds in MB: V8 collects less eagerly under a high limit, so it moves the peak.
		heap: { type: 'string', default: '8192' },
		// A folder to keep the cold and warm builds' logs in (cold.log, warm.log): phases have timestamps there.
		log: { type: 'string' },
	},
});
const n = Number(values.n);
const timedBuild = (root: string, name: string) =>
	timedBuildIn(root, name, { heapMb: Number(values.heap), logDir: values.log });

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
	);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Pages the build rendered and pages it copied from the incremental cache, from its log. */
function reused(output: string) {
	// Counted by the suffix each page's line ends with: pages render four at a time, so a page's
	// name and its suffix may print apart (astro.config.mjs, build.concurrency).
	return {
		rendered: [...output.matchAll(/ \(\+[\d.]+m?s\)/g)].length,
		cached: [...output.matchAll(/ \((?:cached|restored)\)/g)].length,
	};
}

/** KB a first visit saves offline, as the offline integration's log line says. */
function firstVisit(output: string): number {
	const line = output.split('\n').find((l) => l.includes('[mot-offline]')) ?? '';
	const match =
		/first visit saves ([\d.]+) ?([KM]B)/.exec(line) ??
		/([\d.]+) ?([KM]B) saved on a first visit/.exec(line);
	return match ? Math.round(Number(match[1]) * (match[2] === 'MB' ? 1024 : 1)) : NaN;
}

let start = performance.now();
const corpus = generateCases(repoRoot, n);
copySiteCode(corpus.root);
/** The check cache's file for the corpus (src/checker/check-cache-fs.ts). */
const checkCache = projectCacheFile(corpus.root);
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

	// A cold build checks every case again: the check above left its results in the check cache.
	if (checkCache) rmSync(checkCache, { force: true });
	const cold = timedBuild(corpus.root, 'cold');
	const output = cold.output;
	const buildSeconds = cold.seconds;
	const peakMb = cold.peakMb;
	const indexMs = Number(/indexed \d+ records in (\d+) ms/.exec(output)?.[1] ?? NaN);
	const syncMs = Number(/Synced content[^\n]*?(\d+)ms/.exec(output)?.[1] ?? NaN);
	const firstVisitKb = firstVisit(output);
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
	// One case's title changes: its pages and the pages that list it are rendered, the rest reused.
	const changed = readdirSync(join(corpus.root, 'content/cases')).sort()[0]!;
	const changedFile = join(corpus.root, 'content/cases', changed);
	writeFileSync(
		changedFile,
		readFileSync(changedFile, 'utf8').replace(/^title: (.*)$/m, 'title: 改 $1'),
	);
	// The cold build's output (876 MB at 10,000 cases) is written to disk first, as it is long
	// before anyone edits a case: flushed during the rebuild, it slowed it (10,000 cases: 51.6 s
	// against 43.8 s with the same code).
	spawnSync('sync');
	const warm = timedBuild(corpus.root, 'warm');
	const reuse = reused(warm.output);
	console.log(
		`warm rebuild after one case changed: ${warm.seconds.toFixed(1)} s (cpu ${warm.cpuSeconds.toFixed(1)} s), ${reuse.rendered} pages rendered, ${reuse.cached} reused; peak ${warm.peakMb.toFixed(0)} MB`,
	);
	console.log(
		`cpu: cold ${cold.cpuSeconds.toFixed(1)} s, warm ${warm.cpuSeconds.toFixed(1)} s (user+sys; wall time depends on the machine's load)`,
	);
	console.log(
		`first visit: ${Number.isNaN(firstVisitKb) ? 'n/a (no offline report in the log)' : `${firstVisitKb} KB saved offline in the background`}`,
	);
	console.log(
		`bench cases=${n} heap_mb=${values.heap} check_s=${checkSeconds.toFixed(2)} build_s=${buildSeconds.toFixed(1)} index_s=${(indexMs / 1000).toFixed(1)} pages=${pages} pages_per_s=${(pages / buildSeconds).toFixed(0)} peak_mb=${peakMb.toFixed(0)} dist_mb=${mb(size)} case_page_kb=${(weight.total / 1024).toFixed(1)} cpu_s=${cold.cpuSeconds.toFixed(1)} warm_s=${warm.seconds.toFixed(1)} warm_cpu_s=${warm.cpuSeconds.toFixed(1)} warm_peak_mb=${warm.peakMb.toFixed(0)} warm_rendered=${reuse.rendered} warm_reused=${reuse.cached} first_visit_kb=${firstVisitKb}`,
	);
} finally {
	if (!values.keep) {
		rmSync(corpus.root, { recursive: true, force: true });
		if (checkCache) rmSync(checkCache, { force: true });
	} else console.log(`kept: ${corpus.root}`);
}

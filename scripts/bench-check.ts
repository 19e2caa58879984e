/**
 * `npm run bench:check [-- --n 1000 --runs 5]`: times `npm run check` (the real CLI, Node
 * start-up included) on N generated cases, three ways per run: cold (no check cache), warm (the
 * cache of the run before, nothing changed) and after one case's title changed. Prints one line
 * per run and a summary last.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { projectCacheFile } from '../src/checker/check-cache-fs.ts';
import { generateCases } from './lib/generate-cases.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
	options: { n: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' } },
});
const n = Number(values.n);
const runs = Number(values.runs);

const corpus = generateCases(repoRoot, n);
const cache = projectCacheFile(corpus.root);

function timeCheck(): { ms: number; summary: string } {
	const start = performance.now();
	const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/check.ts')], {
		cwd: corpus.root,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	const ms = performance.now() - start;
	if (result.status !== 0)
		throw new Error(`check failed on the generated corpus:\n${result.stdout.slice(-2000)}`);
	return { ms, summary: result.stdout.trim().split('\n').at(-1) ?? '' };
}

const times = { cold: [] as number[], warm: [] as number[], edited: [] as number[] };
const edited = join(corpus.root, 'content/cases/gen-0.mdx');
const original = readFileSync(edited, 'utf8');
try {
	for (let run = 1; run <= runs; run++) {
		if (cache) rmSync(cache, { force: true });
		const cold = timeCheck();
		const warm = timeCheck();
		// One case changed, as an author's fix would: only it is checked again.
		writeFileSync(edited, original.replace(/^title: (.*)$/m, `title: $1 ${run}`));
		const after = timeCheck();
		writeFileSync(edited, original);
		times.cold.push(cold.ms);
		times.warm.push(warm.ms);
		times.edited.push(after.ms);
		console.log(
			`run ${run}: cold ${cold.ms.toFixed(0)} ms, warm ${warm.ms.toFixed(0)} ms, one case changed ${after.ms.toFixed(0)} ms  (${cold.summary})`,
		);
	}
} finally {
	rmSync(corpus.root, { recursive: true, force: true });
	if (cache) rmSync(cache, { force: true });
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const cold = [...times.cold].sort((a, b) => a - b);
console.log(
	`check cases=${n} runs=${runs} median_ms=${median(cold).toFixed(0)} min_ms=${cold[0]!.toFixed(0)} max_ms=${cold.at(-1)!.toFixed(0)} warm_median_ms=${median(times.warm).toFixed(0)} edited_median_ms=${median(times.edited).toFixed(0)}`,
);

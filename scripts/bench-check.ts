/**
 * `npm run bench:check [-- --n 1000 --runs 5]`: times `npm run check` (the real CLI, Node
 * start-up included) on N generated cases. Prints one line per run and a summary last.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateCases } from './lib/generate-cases.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
	options: { n: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' } },
});
const n = Number(values.n);
const runs = Number(values.runs);

const corpus = generateCases(repoRoot, n);
const times: number[] = [];
try {
	for (let run = 1; run <= runs; run++) {
		const start = performance.now();
		const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/check.ts')], {
			cwd: corpus.root,
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024,
		});
		const ms = performance.now() - start;
		const summary = result.stdout.trim().split('\n').at(-1);
		if (result.status !== 0)
			throw new Error(`check failed on the generated corpus:\n${result.stdout.slice(-2000)}`);
		times.push(ms);
		console.log(`run ${run}: ${ms.toFixed(0)} ms  (${summary})`);
	}
} finally {
	rmSync(corpus.root, { recursive: true, force: true });
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(
	`check cases=${n} runs=${runs} median_ms=${median.toFixed(0)} min_ms=${times[0]!.toFixed(0)} max_ms=${times.at(-1)!.toFixed(0)}`,
);

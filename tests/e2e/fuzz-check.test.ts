/**
 * A seeded mutation fuzz of `npm run check` over the sample cases: hundreds of files edited at
 * random with the characters and tokens that break Markdown, MDX and YAML. `check` must never
 * crash or print a stack trace, must exit 0 or 1, must name every file it rejects, and every
 * file it accepts must build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempProject, repoRoot, type TempProject } from '../helpers/temp-project.ts';

/** Another seed: FUZZ_SEED=n npx vitest run tests/e2e/fuzz-check.test.ts */
const seed = Number(process.env.FUZZ_SEED ?? 20261130);
const fileCount = 300;

/** mulberry32: small, seeded, good enough to pick mutations reproducibly. */
function random(state: number): () => number {
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const tokens = [
	'{',
	'}',
	'<',
	'>',
	'`',
	'```',
	'---',
	'&',
	'&#106;',
	'*',
	'\\',
	'\t',
	':',
	'- ',
	'"',
	"'",
	'[',
	']',
	'(',
	')',
	'!',
	'#',
	'|',
	'<b>',
	'</b>',
	'<script>',
	'javascript:',
	'<!--',
	'{{',
	'\n',
	'\r\n',
	'  ',
	'😀',
	'＜',
	'１３９',
	'&x',
	'*x',
	'\u0000',
	'\u202e',
	'\ufeff',
	'<Foo />',
	'[x](y)',
	'![i](//e.example/t.png)',
];

function mutate(text: string, next: () => number): string {
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	const at = () => Math.floor(next() * (text.length + 1));
	const edits = 1 + Math.floor(next() * 4);
	for (let i = 0; i < edits; i++) {
		const where = at();
		switch (Math.floor(next() * 5)) {
			case 0:
				text = text.slice(0, where) + pick(tokens) + text.slice(where);
				break;
			case 1:
				text =
					text.slice(0, where) +
					text.slice(Math.min(text.length, where + 1 + Math.floor(next() * 40)));
				break;
			case 2: {
				const lines = text.split('\n');
				const line = Math.floor(next() * lines.length);
				lines.splice(line, 0, lines[line]!);
				text = lines.join('\n');
				break;
			}
			case 3:
				text =
					text.slice(0, where) +
					String.fromCodePoint(Math.floor(next() * 0x3000)) +
					text.slice(where + 1);
				break;
			default:
				text = text.slice(0, where);
		}
	}
	return text;
}

describe(`check under a seeded mutation fuzz (seed ${seed}, ${fileCount} files)`, () => {
	let project: TempProject;
	const files: string[] = [];
	beforeAll(() => {
		// The samples come along: the guides and the mutated bodies link to them.
		project = createTempProject({}, { site: true, samples: true });
		const casesDir = join(repoRoot, 'content/cases');
		const samples = readdirSync(casesDir).map((name) => readFileSync(join(casesDir, name), 'utf8'));
		const next = random(seed);
		for (let i = 0; i < fileCount; i++) {
			const id = `fuzz-${String(i).padStart(3, '0')}`;
			// A unique id first, so a file is rejected for what the mutation did, not for sharing an id.
			const sample = samples[i % samples.length]!.replace(/^id: .*$/m, `id: ${id}`)
				.replace(/^aliases:.*$/m, 'aliases: []')
				.replace(/^related:.*$/m, 'related: []');
			const file = `content/cases/${id}.mdx`;
			project.write(file, mutate(sample, next));
			files.push(file);
		}
	});
	afterAll(() => project?.dispose());

	it('never crashes, exits 0 or 1, and names every file it rejects', () => {
		const { code, stdout, stderr } = project.run('scripts/check.ts', ['--format', 'json']);
		expect([0, 1], stderr).toContain(code);
		expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
		const report = JSON.parse(stdout) as {
			problems: { file: string; severity: string; line: number; rule: string }[];
		};
		const rejected = new Set(
			report.problems.filter((p) => p.severity === 'error').map((p) => p.file),
		);
		for (const problem of report.problems) {
			if (!problem.file.startsWith('content/cases/fuzz-')) continue;
			expect(files).toContain(problem.file);
			expect(problem.rule).toMatch(/^[a-z0-9-]+$/);
		}
		// Counted for the note: how many of the mutated files check rejects.
		console.info(
			`fuzz: ${fileCount} mutated files, ${rejected.size} rejected, ${fileCount - rejected.size} accepted, ${report.problems.length} problems`,
		);
		expect(rejected.size).toBeGreaterThan(fileCount / 4);
		expect(rejected.size).toBeLessThan(fileCount);
	});

	it('builds every file check accepts (check and the build agree)', () => {
		const { stdout } = project.run('scripts/check.ts', ['--format', 'json']);
		const report = JSON.parse(stdout) as { problems: { file: string; severity: string }[] };
		for (const problem of report.problems)
			if (problem.severity === 'error') project.remove(problem.file);
		const after = project.run('scripts/check.ts', []);
		expect(after.code, after.stdout).toBe(0);
		const build = project.run(join(project.root, 'node_modules/astro/bin/astro.mjs'), ['build']);
		expect(build.code, (build.stdout + build.stderr).slice(-3000)).toBe(0);
	});
});

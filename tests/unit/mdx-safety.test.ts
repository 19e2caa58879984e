import { describe, expect, it } from 'vitest';
import { checkCaseText, createCheckContext } from '../../src/checker/check.ts';
import { parseMdxAsBuilt } from '../../src/checker/node/parse-mdx.ts';
import { parseMdxInBrowser } from '../../src/client/author/parse-mdx.ts';
import { loadVocabulary } from '../../src/config/load-fs.ts';
import { validMot } from '../fixtures/bad-cases.ts';
import { benignBodies, hostileBodies } from '../fixtures/hostile-bodies.ts';
import { repoRoot } from '../helpers/temp-project.ts';

const vocabulary = loadVocabulary(repoRoot);
const parsers = {
	'the build (Sätteri)': parseMdxAsBuilt,
	'the form (micromark)': parseMdxInBrowser,
};
const firstBodyLine = validMot.split('\n').length + 1;
const withBody = (body: string) => `${validMot}\n${body}\n`;

describe.each(Object.entries(parsers))('the body guard with the parser of %s', (_, parse) => {
	const context = createCheckContext(vocabulary, parse);
	const mdxProblems = (body: string) =>
		checkCaseText('content/cases/x.mdx', withBody(body), context).problems.filter((p) =>
			p.rule.startsWith('mdx-'),
		);

	it.each(hostileBodies)('refuses $name ($rule) on its line', ({ body, rule, line = 1 }) => {
		const problems = mdxProblems(body);
		expect(problems.map((p) => `${p.rule}:${p.line}`)).toContain(
			`${rule}:${firstBodyLine + line - 1}`,
		);
		expect(problems.every((p) => p.severity === 'error' && p.field === 'body')).toBe(true);
	});

	it.each(benignBodies)('lets $name through', ({ body }) => {
		expect(mdxProblems(body)).toEqual([]);
	});

	// The old text scan took 31 s on the backtick runs. CPU time, not wall time: the machine may be busy.
	// (The form checks in a worker, so even a slow parse never freezes the page: tests/e2e/hostile-input.test.ts.)
	it('judges a 100 KB adversarial body in bounded time (backtick runs 1…500, brackets, tags)', () => {
		const runs = Array.from({ length: 500 }, (_, n) => '`'.repeat(n + 1))
			.join(' x ')
			.slice(0, 100_000);
		const brackets = '[('.repeat(25_000) + 'x';
		const tags = '<b>'.repeat(20_000);
		// Generous bounds (the machine may be shared): they catch the quadratic blow-up, not a slow run.
		const limitMs = parse === parseMdxAsBuilt ? 2000 : 6000;
		for (const body of [runs, brackets, tags]) {
			const started = process.cpuUsage();
			expect(() => mdxProblems(body)).not.toThrow();
			const used = process.cpuUsage(started);
			expect((used.user + used.system) / 1000).toBeLessThan(limitMs);
		}
	}, 60_000);
});

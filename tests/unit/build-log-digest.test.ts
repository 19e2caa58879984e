/** The build log summarises warnings (per rule: count, first files), prints errors in full; `check` still lists every warning. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCases } from '../../scripts/lib/generate-cases.ts';
import { digestFilesPerRule, formatProblems } from '../../src/checker/format.ts';
import { checkProject } from '../../src/checker/project-fs.ts';
import { caseCheck } from '../../src/integrations/case-check.ts';
import { repoRoot } from '../helpers/temp-project.ts';

const corpus = generateCases(repoRoot, 40);
afterAll(() => rmSync(corpus.root, { recursive: true, force: true }));

/** Runs case-check's setup hook as `astro build` would; returns what it logged, one entry per call. */
function runCaseCheck(root: string) {
	const logged = { warn: [] as string[], info: [] as string[], error: [] as string[] };
	const logger = {
		info: (m: string) => logged.info.push(m),
		warn: (m: string) => logged.warn.push(m),
		error: (m: string) => logged.error.push(m),
		debug: () => {},
	};
	const hook = caseCheck().hooks['astro:config:setup'] as (options: object) => void;
	let thrown: Error | undefined;
	try {
		hook({ config: { root: pathToFileURL(`${root}/`) }, command: 'build', logger });
	} catch (error) {
		thrown = error as Error;
	}
	return { logged, thrown };
}

describe('the build log', () => {
	const { problems } = checkProject({ root: corpus.root });
	const warnings = problems.filter((p) => p.severity === 'warning');
	const rules = new Set(warnings.map((p) => p.rule));

	it('has many warnings to summarise in the generated corpus', () => {
		expect(warnings.length).toBeGreaterThan(40);
	});

	it('prints one line per rule with its count and the first files, then where to see all', () => {
		const { logged, thrown } = runCaseCheck(corpus.root);
		expect(thrown).toBeUndefined();
		const lines = logged.warn.join('\n').split('\n');
		expect(lines).toHaveLength(rules.size + 1);
		for (const rule of rules) {
			const count = warnings.filter((p) => p.rule === rule).length;
			const line = lines.find((l) => l.startsWith(`${rule}：`))!;
			expect(line).toContain(`${count} 个警告`);
			const files = [...new Set(warnings.filter((p) => p.rule === rule).map((p) => p.file))];
			for (const file of files.slice(0, digestFilesPerRule)) expect(line).toContain(file);
			for (const file of files.slice(digestFilesPerRule)) expect(line).not.toContain(`${file}:`);
			if (files.length > digestFilesPerRule)
				expect(line).toContain(`另 ${files.length - digestFilesPerRule} 个文件`);
		}
		expect(lines.at(-1)).toContain('npm run check');
	}, 60_000);

	it('still prints every error in full', () => {
		const broken = join(corpus.root, 'content/cases/gen-broken.mdx');
		writeFileSync(broken, '---\nid: gen-broken\nkind: mot\n---\n\n正文\n');
		try {
			const { thrown } = runCaseCheck(corpus.root);
			const errors = checkProject({ root: corpus.root }).problems.filter(
				(p) => p.severity === 'error',
			);
			expect(errors.length).toBeGreaterThan(1);
			for (const error of errors)
				expect(thrown?.message).toContain(`${error.file}:${error.line}:${error.column} error`);
		} finally {
			rmSync(broken);
		}
	}, 60_000);

	it('leaves `npm run check` listing every warning', () => {
		const text = formatProblems(problems, 40, 'text', 'en').split('\n');
		expect(text.filter((l) => / warning /.test(l))).toHaveLength(warnings.length);
	});
});

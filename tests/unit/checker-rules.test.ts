import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { checkCases, createCheckContext } from '../../src/checker/check.ts';
import { parseMdxAsBuilt } from '../../src/checker/node/parse-mdx.ts';
import { parseVocabulary } from '../../schemas/vocabulary.ts';
import { badCases, badFileOf, filesFor } from '../fixtures/bad-cases.ts';
import { renderMessage } from '../../src/checker/messages.ts';
import { locales } from '../../schemas/locales.ts';

const vocabulary = parseVocabulary(
	parse(readFileSync(new URL('../fixtures/vocabulary.yaml', import.meta.url), 'utf8')),
);
const context = createCheckContext(vocabulary, parseMdxAsBuilt);
const check = (files: Record<string, string>) =>
	checkCases(
		Object.entries(files).map(([file, text]) => ({ file, text })),
		context,
	).problems;

describe('the valid fixtures', () => {
	it('have no errors', () => {
		const problems = check(
			filesFor({
				name: 'valid',
				rule: '',
				field: '',
				text: readFileSync(new URL('../fixtures/cases/valid-mot.mdx', import.meta.url), 'utf8'),
			}),
		);
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
	});
});

describe('each bad input is reported by its rule, at its field', () => {
	it.each(badCases.map((row) => [row.name, row] as const))('%s', (_name, row) => {
		const problems = check(filesFor(row));
		const inFile = problems.filter((p) => p.file === badFileOf(row));
		const hit = inFile.find((p) => p.rule === row.rule && p.field === row.field);
		expect(
			hit,
			`expected ${row.rule} at "${row.field}", got:\n${inFile.map((p) => `${p.rule} ${p.field} ${renderMessage(p, 'en')}`).join('\n')}`,
		).toBeDefined();
		expect(hit!.severity).toBe(row.severity ?? 'error');
		expect(hit!.line).toBeGreaterThan(0);
		// Every message renders in both languages without leftover {placeholders}.
		for (const lang of locales) expect(renderMessage(hit!, lang)).not.toMatch(/\{[a-z]\w*\}/i);
	});
});

describe('locations and fixes', () => {
	it('points at the line of the offending nested field and suggests the fix', () => {
		const row = badCases.find((r) => r.name === 'people side not in the list')!;
		const problem = check(filesFor(row)).find((p) => p.rule === 'enum')!;
		const line = row.text.split('\n')[problem.line - 1]!;
		expect(line).toContain('custmer');
		expect(problem.fix).toBe('side: customer');
		expect(renderMessage(problem, 'en')).toContain('did you mean "customer"');
	});

	it('merges a misspelled key and the missing field it meant into one problem', () => {
		const row = badCases.find((r) => r.name === 'misspelled key')!;
		const problems = check(filesFor(row)).filter(
			(p) => p.file === badFileOf(row) && p.severity === 'error',
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.fix).toBe('keyPoints:');
	});

	it('suggests the corrected time format', () => {
		const row = badCases.find((r) => r.name === 'time in the wrong format')!;
		const problem = check(filesFor(row)).find((p) => p.rule === 'time-format')!;
		expect(problem.fix).toBe('start: 2026-03-02T09:15');
	});

	it('reports a duplicate id in both files', () => {
		const row = badCases.find((r) => r.name === 'two files with one id')!;
		const files = check(filesFor(row))
			.filter((p) => p.rule === 'duplicate-id')
			.map((p) => p.file);
		expect(files.sort()).toEqual(['content/cases/valid-mot.mdx', 'content/cases/valid-scqa.mdx']);
	});

	it('never prints the personal data it found, only the masked form', () => {
		const row = badCases.find((r) => r.name === 'ID card number')!;
		const problem = check(filesFor(row)).find((p) => p.rule === 'pii-id-number')!;
		for (const lang of locales)
			expect(renderMessage(problem, lang)).not.toContain('110105198807156617');
		expect(problem.fix).toMatch(/^110\*+6617$/);
	});

	it('reports a mobile number in a file name (published in the edit link) on the file, masked', () => {
		const file = 'content/cases/case-１３９１２３４５６７８.mdx';
		const problems = check({
			[file]: readFileSync(new URL('../fixtures/cases/valid-mot.mdx', import.meta.url), 'utf8'),
		});
		const problem = problems.find((p) => p.rule === 'pii-mobile')!;
		expect(problem).toMatchObject({
			file,
			field: 'file',
			severity: 'error',
			params: { value: '139****5678' },
		});
		for (const lang of locales)
			expect(renderMessage(problem, lang)).not.toMatch(/１３９１２３４５６７８|13912345678/);
	});

	it('accepts Dates from YAML 1.1 parsers (what Astro passes) as dates', () => {
		const data = parse(
			readFileSync(new URL('../fixtures/cases/valid-scqa.mdx', import.meta.url), 'utf8').split(
				'---',
			)[1]!,
		);
		const result = context.schema.safeParse({
			...data,
			published: new Date('2026-03-06T00:00:00Z'),
		});
		expect(result.success && result.data.published).toBe('2026-03-06');
	});
});

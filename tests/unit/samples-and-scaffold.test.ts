import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkCaseText, createCheckContext } from '../../src/checker/check.ts';
import { parseMdxAsBuilt } from '../../src/checker/node/parse-mdx.ts';
import { checkProject } from '../../src/checker/project-fs.ts';
import { loadVocabulary } from '../../src/config/load-fs.ts';
import { freeCaseId, scaffoldCase } from '../../src/authoring/scaffold.ts';
import { caseToMdx, yamlString } from '../../src/authoring/serialize.ts';

const root = new URL('../..', import.meta.url).pathname;
const context = createCheckContext(loadVocabulary(root), parseMdxAsBuilt);

describe('the sample handbook', () => {
	const result = checkProject({ root });

	it('has at least 12 cases, and every one passes the checker', () => {
		expect(result.cases.length).toBeGreaterThanOrEqual(12);
		expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(result.cases.every((c) => c.data)).toBe(true);
	});

	it('covers both kinds, all four rows, points, an alias and related cases', () => {
		const data = result.cases.map((c) => c.data!);
		expect(new Set(data.map((d) => d.kind))).toEqual(new Set(['mot', 'scqa']));
		expect(new Set(data.flatMap((d) => d.grid.map((g) => g[0])))).toEqual(
			new Set(['U', 'P', 'C', 'S']),
		);
		expect(data.some((d) => d.grid.some((g) => g.includes('.')))).toBe(true);
		expect(data.some((d) => d.aliases?.length)).toBe(true);
		expect(data.filter((d) => d.related?.length).length).toBeGreaterThanOrEqual(3);
	});
});

describe('npm run new (the scaffold)', () => {
	it.each(['mot', 'scqa'] as const)(
		'writes a %s case whose only errors are the fields to fill',
		(kind) => {
			const { id, mdx } = scaffoldCase(
				{ kind, grid: ['C2.3', 'S1'], industry: 'banking', authors: ['测试'] },
				new Set(),
			);
			const checked = checkCaseText(`content/cases/${id}.mdx`, mdx, context);
			const errors = checked.problems.filter((p) => p.severity === 'error');
			expect(errors.length).toBeGreaterThan(5);
			expect(new Set(errors.map((p) => p.rule))).toEqual(new Set(['placeholder']));
		},
	);

	it('passes the schema once the marked fields are filled', () => {
		const { mdx } = scaffoldCase(
			{ kind: 'scqa', grid: ['C2.3'], title: '标题', industry: 'banking', authors: ['测试'] },
			new Set(),
		);
		const filled = mdx
			.replace(/"待填写:YYYY-MM-DDTHH:mm"/, '2026-01-02T10:00')
			.replace(/, end: "待填写:[^"]*"/, '')
			.replace(/"待填写:[^"]*"/g, '"已填写的内容"')
			.replace(/待填写:[^\n]*/, '正文');
		const checked = checkCaseText('content/cases/x.mdx', filled, context);
		expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
	});

	it('picks a free id: from a Latin title, else from the cell and date, never one in use', () => {
		expect(freeCaseId(new Set(), { grid: ['C2.3'], title: 'Late Main Course' })).toBe(
			'late-main-course',
		);
		expect(
			freeCaseId(new Set(), { grid: ['C2.3'], title: '迟到的主菜', published: '2026-11-23' }),
		).toBe('c2-3-20261123');
		expect(
			freeCaseId(new Set(['c2-3-20261123', 'c2-3-20261123-2']), {
				grid: ['C2.3'],
				published: '2026-11-23',
			}),
		).toBe('c2-3-20261123-3');
		expect(() => freeCaseId(new Set(['taken']), { grid: ['C1'], id: 'taken' })).toThrow(
			/already used/,
		);
	});
});

describe('the MDX writer', () => {
	it.each([
		'a: b',
		'x, y',
		'- item',
		'true',
		'2026',
		'#tag',
		'带,逗号',
		'[x]',
		'plain text',
		'引号"内',
		'back\\slash',
	])('writes %j so YAML reads it back unchanged', (value) => {
		expect(parse(`v: ${yamlString(value)}`).v).toBe(value);
		expect(parse(`v: { k: ${yamlString(value)} }`).v.k).toBe(value);
	});

	it('puts fields in contract order', () => {
		const mdx = caseToMdx({ published: '2026-01-01', kind: 'mot', id: 'abc' }, 'body');
		expect(mdx.split('\n').slice(1, 4)).toEqual(['id: abc', 'kind: mot', 'published: 2026-01-01']);
	});
});

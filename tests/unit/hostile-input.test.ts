import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { checkCases, createCheckContext } from '../../src/checker/check.ts';
import { parseMdxAsBuilt } from '../../src/checker/node/parse-mdx.ts';
import { bytePosition, findEncodingProblem } from '../../src/checker/encoding.ts';
import { formatProblems, formatProblemLine } from '../../src/checker/format.ts';
import { renderMessage } from '../../src/checker/messages.ts';
import { hasControlCharacter, printable } from '../../src/checker/printable.ts';
import { findYamlAnchor } from '../../src/checker/yaml-anchors.ts';
import { parseVocabulary } from '../../schemas/vocabulary.ts';
import { aliasBomb, validMot, validScqa } from '../fixtures/bad-cases.ts';

const vocabulary = parseVocabulary(
	parse(readFileSync(new URL('../fixtures/vocabulary.yaml', import.meta.url), 'utf8')),
);
const context = createCheckContext(vocabulary, parseMdxAsBuilt);
const file = 'content/cases/x.mdx';
/** Problems in one case file, checked beside the valid SCQA case it links to. */
const check = (text: string) =>
	checkCases(
		[
			{ file, text },
			{ file: 'content/cases/valid-scqa.mdx', text: validScqa },
		],
		context,
	).problems.filter((p) => p.file === file);
const checkGuide = (text: string) =>
	checkCases([], context, undefined, [{ file: 'content/guides/g.mdx', text }]).problems;

/** CPU time of `run` in seconds (steadier than wall time on a busy machine). */
function cpuSeconds(run: () => void): number {
	const start = process.cpuUsage();
	run();
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1e6;
}

const withFrontmatterLines = (lines: string[]) =>
	validMot.replace(
		'questions: [客户要的是什么？]\n',
		`questions: [客户要的是什么？]\n${lines.join('\n')}\n`,
	);

describe('YAML anchors and aliases', () => {
	it('refuses a billion-laughs alias bomb from the lexer, before anything expands it', () => {
		const text = withFrontmatterLines([aliasBomb.trimEnd()]);
		let problems: ReturnType<typeof check> = [];
		const seconds = cpuSeconds(() => (problems = check(text)));
		const errors = problems.filter((p) => p.severity === 'error');
		expect(errors.map((p) => p.rule)).toEqual(['yaml-alias']);
		const line = text.split('\n')[errors[0]!.line - 1]!;
		expect(line.slice(errors[0]!.column - 1)).toMatch(/^&a0 /);
		expect(renderMessage(errors[0]!, 'en')).toContain('found &a0');
		expect(seconds).toBeLessThan(2);
	});

	it('refuses an alias in a guide too, and an alias whose anchor is on a nested value', () => {
		expect(
			checkGuide('---\ntitle: &t 好\ndescription: *t\norder: 1\n---\n\n正文\n').map((p) => p.rule),
		).toEqual(['yaml-alias']);
		const nested = check(
			validMot.replace(
				'keyPoints: { critical: 说清原因, secondary: 给出时间, basic: 礼貌 }',
				'keyPoints: { critical: 说清原因, secondary: 给出时间, basic: *x }',
			),
		);
		expect(nested.filter((p) => p.severity === 'error').map((p) => p.rule)).toEqual(['yaml-alias']);
	});

	it('finds anchors and aliases only where YAML has them, not in text, quotes, comments or block scalars', () => {
		expect(
			findYamlAnchor(
				'title: 价格 & 服务 * 星\nsummary: "&q *r"\nplace: \'*s\'\n# &c *c\nnote: |\n  *x &y\nid: a&b*c\n',
			),
		).toBeUndefined();
		expect(findYamlAnchor('a: [1, *z]\n')).toEqual({ kind: 'alias', offset: 7, token: '*z' });
		expect(findYamlAnchor('a:\n  - &first one\n')).toEqual({
			kind: 'anchor',
			offset: 7,
			token: '&first',
		});
		expect(findYamlAnchor(`a: &${'n'.repeat(100)} 1`)!.token).toHaveLength(41);
	});

	it('keeps masked numbers, ampersands and asterisks in ordinary values valid', () => {
		const text = validMot.replace('text: 当场补办业务 }', 'text: 回电到 139****5678 & 道歉 }');
		expect(check(text).filter((p) => p.severity === 'error')).toEqual([]);
	});
});

describe('a flood of frontmatter keys takes linear time', () => {
	/** `count` unknown keys in a case: each is reported at its own line with a did-you-mean tried. */
	const flood = (count: number, indent = '') =>
		Array.from({ length: count }, (_, i) => `${indent}k${i}: v`);

	it('100,000 top-level keys (about 1 MB, the largest file check reads) in a few seconds', () => {
		const count = 100_000;
		const text = withFrontmatterLines(flood(count));
		let problems: ReturnType<typeof check> = [];
		const seconds = cpuSeconds(() => (problems = check(text)));
		const unknown = problems.filter((p) => p.rule === 'unknown-key');
		expect(unknown).toHaveLength(count);
		const last = unknown.find((p) => p.field === `k${count - 1}`)!;
		expect(text.split('\n')[last.line - 1]).toBe(`k${count - 1}: v`);
		// Quadratic before: 10,000 keys took 3.5 s and 20,000 took 12 s.
		expect(seconds).toBeLessThan(10);
	}, 120_000);

	it('50,000 keys inside one nested map, and 50,000 repeated keys, also in linear time', () => {
		const nested = validMot.replace(
			'keyPoints: { critical: 说清原因, secondary: 给出时间, basic: 礼貌 }',
			[
				'keyPoints:',
				'  critical: 说清原因',
				'  secondary: 给出时间',
				'  basic: 礼貌',
				...flood(50_000, '  '),
			].join('\n'),
		);
		let problems: ReturnType<typeof check> = [];
		expect(cpuSeconds(() => (problems = check(nested)))).toBeLessThan(10);
		const last = problems.find((p) => p.field === 'keyPoints.k49999')!;
		expect(nested.split('\n')[last.line - 1]).toBe('  k49999: v');

		const repeated = withFrontmatterLines(Array.from({ length: 50_000 }, () => 'extra: v'));
		expect(cpuSeconds(() => (problems = check(repeated)))).toBeLessThan(10);
		expect(problems.filter((p) => p.rule === 'yaml-syntax').length).toBe(49_999);
	}, 120_000);
});

describe('bytes that are not UTF-8 text', () => {
	const bytes = (...parts: (string | number[])[]) =>
		Buffer.concat(
			parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))),
		);

	it('accepts UTF-8, with or without its byte order mark', () => {
		expect(findEncodingProblem(bytes('---\ntitle: 关键时刻 😀\n'))).toBeUndefined();
		expect(findEncodingProblem(bytes([0xef, 0xbb, 0xbf], 'a'))).toBeUndefined();
	});

	it('names the first bad byte: invalid leads, broken or cut sequences, overlong forms, surrogates, beyond U+10FFFF', () => {
		expect(findEncodingProblem(bytes('ab', [0xd6, 0xd0], 'c'))).toEqual({
			kind: 'invalid',
			offset: 2,
			byte: 'D6',
		}); // GBK 中
		expect(findEncodingProblem(bytes('ab', [0x80]))).toEqual({
			kind: 'invalid',
			offset: 2,
			byte: '80',
		});
		expect(findEncodingProblem(bytes('中', [0xe4, 0xb8]))).toEqual({
			kind: 'invalid',
			offset: 3,
			byte: 'E4',
		});
		expect(findEncodingProblem(bytes([0xc0, 0x80]))!.kind).toBe('invalid');
		expect(findEncodingProblem(bytes([0xe0, 0x80, 0x80]))!.kind).toBe('invalid');
		expect(findEncodingProblem(bytes([0xed, 0xa0, 0x80]))!.kind).toBe('invalid');
		expect(findEncodingProblem(bytes([0xf4, 0x90, 0x80, 0x80]))!.kind).toBe('invalid');
	});

	it('calls a UTF-16 file what it is, and refuses NUL', () => {
		expect(findEncodingProblem(Buffer.from('\uFEFF---\n', 'utf16le'))).toEqual({
			kind: 'utf16',
			offset: 0,
			byte: 'FFFE',
		});
		expect(findEncodingProblem(bytes([0xfe, 0xff, 0, 0x2d]))).toEqual({
			kind: 'utf16',
			offset: 0,
			byte: 'FEFF',
		});
		expect(findEncodingProblem(bytes('ab\n', [0], 'c'))).toEqual({
			kind: 'nul',
			offset: 3,
			byte: '00',
		});
	});

	it('gives the line and column of a byte offset', () => {
		const text = bytes('---\n标题: 好', [0xff]);
		expect(bytePosition(text, findEncodingProblem(text)!.offset)).toEqual({ line: 2, column: 6 });
	});
});

describe('hostile names and values in the printed report', () => {
	const hostile = 'content/cases/a\n::error file=README.md,line=1::pwned.mdx';
	const problem = {
		file: hostile,
		line: 0,
		column: 0,
		severity: 'error' as const,
		rule: 'file-name',
		field: '',
		message: 'file.name',
	};

	it('escapes control characters, line separators and bidirectional overrides, and nothing else', () => {
		expect(printable('a\nb\r\tc\u001b[31m\u2028\u202Ed 中文')).toBe(
			'a\\nb\\r\\tc\\u001b[31m\\u2028\\u202ed 中文',
		);
		expect(hasControlCharacter(hostile)).toBe(true);
		expect(hasControlCharacter('content/cases/关键时刻-01.mdx')).toBe(false);
	});

	it('never lets a file name start a line of its own, in any format', () => {
		const line = formatProblemLine(problem);
		expect(line.split('\n')).toHaveLength(1);
		expect(line).toContain('a\\n::error');
		for (const format of ['text', 'github', 'json'] as const) {
			const output = formatProblems([problem], 1, format);
			expect(
				output.split('\n').some((l) => l.startsWith('::error file=README.md')),
				format,
			).toBe(false);
		}
		expect(JSON.parse(formatProblems([problem], 1, 'json')).problems[0].file).toBe(hostile);
	});
});

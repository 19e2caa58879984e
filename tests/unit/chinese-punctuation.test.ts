import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { fixAsciiPunctuation } from '../../src/checker/chinese-punctuation.ts';
import { checkCaseText, createCheckContext } from '../../src/checker/check.ts';
import { fixFile } from '../../src/checker/fix.ts';
import { parseMdxAsBuilt } from '../../src/checker/node/parse-mdx.ts';
import { parseVocabulary } from '../../schemas/vocabulary.ts';
import { validMot } from '../fixtures/bad-cases.ts';

const vocabulary = parseVocabulary(
	parse(readFileSync(new URL('../fixtures/vocabulary.yaml', import.meta.url), 'utf8')),
);
const context = createCheckContext(vocabulary, parseMdxAsBuilt);
const file = 'content/cases/valid-mot.mdx';
const punctuation = (text: string) =>
	checkCaseText(file, text, context).problems.filter((p) => p.rule === 'chinese-punctuation');
/** Applies every safe fix to the file as `check --fix` does, or returns undefined when refused. */
const fixed = (text: string) =>
	fixFile(file, text, checkCaseText(file, text, context).problems, context).text;
const withBody = (body: string) => `${validMot.trimEnd()}\n\n${body}\n`;

describe('ASCII punctuation between Chinese characters', () => {
	it.each([
		['确认:"您要取四千元，对吗?"得到', '确认：“您要取四千元，对吗？”得到'],
		['对吗?"\n下一段', '对吗？”\n下一段'],
		['"VIP客户"说', '“VIP客户”说'],
		['C1.2(金卡)', 'C1.2（金卡）'],
		['你好 , 我', '你好，我'],
		['甲,乙;丙!丁', '甲，乙；丙！丁'],
		['他说:"你好"。然后"走"了', '他说：“你好”。然后“走”了'],
		['说:"没说完', '说：“没说完'],
		['价格 (元)', '价格（元）'],
	])('%j becomes %j', (input, output) => {
		expect(fixAsciiPunctuation(input)).toBe(output);
	});

	it.each(['16:58 开始', 'Hello, world!', '客户(VIP)说', 'A:B', 'IC 卡, OK'])(
		'leaves %j alone',
		(input) => {
			expect(fixAsciiPunctuation(input)).toBe(input);
		},
	);
});

describe('the chinese-punctuation rule', () => {
	it('warns in prose fields, at the character, with the fixed text', () => {
		const text = validMot.replace('questions: [客户要的是什么？]', 'questions: [客户要的是什么?]');
		const [problem, ...rest] = punctuation(text);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ severity: 'warning', field: 'questions[0]', fix: '是什么？' });
		const line = text.split('\n')[problem!.line - 1]!;
		expect(line[problem!.column - 1]).toBe('?');
		expect(fixed(text)).toBe(validMot);
	});

	it('judges the body on its text nodes: code, URLs and markup are left as written', () => {
		const body =
			'张女士说:"好吗?" `代码:"不改"` 和 [链接,文字](/cases/x?a=甲:乙)\n\n```\n甲,乙\n```';
		const text = withBody(body);
		expect(punctuation(text).map((p) => p.params?.value)).toEqual([':"', '?"', ',']);
		expect(fixed(text)).toBe(
			withBody(
				'张女士说：“好吗？” `代码:"不改"` 和 [链接，文字](/cases/x?a=甲:乙)\n\n```\n甲,乙\n```',
			),
		);
	});

	it('fixes across a blockquote continuation line', () => {
		expect(fixed(withBody('> 引用:"改"\n> 第二行:"也改"'))).toBe(
			withBody('> 引用：“改”\n> 第二行：“也改”'),
		);
	});

	it('warns but offers no file edit where the source is not the text (escapes, entities)', () => {
		const escaped = validMot.replace('text: 当场补办业务 }', 'text: "他说\\"好\\"吧" }');
		const problems = punctuation(escaped);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.every((p) => p.edits === undefined)).toBe(true);
		const entity = withBody('&quot;实体&quot;里的话');
		expect(punctuation(entity).every((p) => p.edits === undefined)).toBe(true);
		expect(fixed(entity)).toBeUndefined();
	});

	it('leaves ids, tags and other non-prose fields alone', () => {
		const text = validMot.replace('tags: [首问负责]', 'tags: [首问,负责]');
		expect(punctuation(text)).toEqual([]);
	});
});

describe('check --fix on a comma that split Chinese text inside { … }', () => {
	it('joins the text again and the error goes', () => {
		const text = validMot.replace('text: 当场补办业务 }', 'text: 当场补办业务,不要排队 }');
		const before = checkCaseText(file, text, context).problems;
		expect(before.find((p) => p.message === 'key.commaSplit')?.edits).toBeDefined();
		const after = fixed(text)!;
		expect(after).toBe(validMot.replace('text: 当场补办业务 }', 'text: 当场补办业务，不要排队 }'));
		expect(
			checkCaseText(file, after, context).problems.filter((p) => p.severity === 'error'),
		).toEqual([]);
	});
});

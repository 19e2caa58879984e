import { describe, expect, it } from 'vitest';
import { findNearDuplicates, jaccard, shingles } from '../../src/checker/rules/near-duplicates.ts';
import { completeness, formatReport } from '../../src/checker/report.ts';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { createCheckContext, checkCaseText } from '../../src/checker/check.ts';
import { parseMdxAsBuilt } from '../../src/checker/node/parse-mdx.ts';
import { parseVocabulary } from '../../schemas/vocabulary.ts';
import { random } from '../../scripts/lib/generate-cases.ts';

const story =
	'二〇二六年三月二日上午九点一刻,张女士来到营业厅三号窗口,要求当场补办业务。柜员刘某查询系统后发现正在维护,请她稍等二十分钟,并主动打电话请示主管,最后在九点四十分办结,张女士表示满意。';
const other =
	'傍晚六点,一辆出租车停在饭店门口,香港客商只带了港币,司机不收。拉门员小陈请客人稍候,跑到总台以个人担保借了六十元付清车费,客人满意地走进饭店。';

describe('near-duplicate narratives', () => {
	it('finds a story written twice with small edits (≥ 80% the same)', () => {
		const edited = story.replace('二十分钟', '十五分钟').replace('表示满意', '很满意');
		expect(jaccard(shingles(story), shingles(edited))).toBeGreaterThanOrEqual(0.8);
		expect(findNearDuplicates([story, other, edited])).toEqual([
			{ a: 0, b: 2, similarity: expect.any(Number) },
		]);
	});

	it('does not flag different stories, or short texts', () => {
		expect(findNearDuplicates([story, other])).toEqual([]);
		expect(findNearDuplicates(['很短', '很短'])).toEqual([]);
	});

	it('finds copies among many texts without comparing every pair (MinHash candidates)', () => {
		const r = random(3);
		const words = [...'服务客户柜台热线等待投诉承诺回电经理系统维护排队机场银行出租车饭店超市'];
		const texts = Array.from({ length: 400 }, () =>
			Array.from({ length: 120 }, () => r.pick(words)).join(''),
		);
		texts.push(texts[123]!, `${texts[321]!.slice(0, 110)}另外补充`);
		const pairs = findNearDuplicates(texts).map(({ a, b }) => `${a}-${b}`);
		expect(pairs).toContain('123-400');
		expect(pairs).toContain('321-401');
		expect(pairs).toHaveLength(2);
	});

	it('finds (nearly) every pair at or above 80% that an exhaustive comparison finds, and nothing below', () => {
		const r = random(11);
		const words = [
			...'服务客户柜台热线等待投诉承诺回电经理系统维护排队机场银行出租车饭店超市门童雨伞发票零钱',
		];
		const bases = Array.from({ length: 150 }, () =>
			Array.from({ length: 300 }, () => r.pick(words)).join(''),
		);
		// Copies with 0.5–4% of their characters changed: each change touches 4 shingles, so similarities run from about 97% down past 80%.
		const edited = Array.from({ length: 80 }, (_, i) => {
			const chars = [...bases[i]!];
			const rate = 0.005 + (i % 8) / 200;
			return chars.map((c) => (r.next() < rate ? r.pick(words) : c)).join('');
		});
		const texts = [...bases, ...edited];
		const sets = texts.map(shingles);
		const expected = new Set<string>();
		for (let a = 0; a < texts.length; a++)
			for (let b = a + 1; b < texts.length; b++)
				if (jaccard(sets[a]!, sets[b]!) >= 0.8) expected.add(`${a}-${b}`);
		const found = findNearDuplicates(texts).map(({ a, b }) => `${a}-${b}`);
		expect(expected.size).toBeGreaterThan(40);
		expect(found.filter((pair) => !expected.has(pair))).toEqual([]);
		expect(found.length / expected.size).toBeGreaterThanOrEqual(0.95);
	});

	it('is reported as a warning naming the other case, once per case', async () => {
		const { checkCases } = await import('../../src/checker/check.ts');
		const vocabulary = parseVocabulary(
			parse(readFileSync(new URL('../fixtures/vocabulary.yaml', import.meta.url), 'utf8')),
		);
		const base = readFileSync(
			new URL('../fixtures/cases/valid-mot.mdx', import.meta.url),
			'utf8',
		).replace(/\n---\n[\s\S]*$/, '\n---\n\n');
		const file = (id: string, body: string) =>
			base
				.replace('id: fixture-mot', `id: ${id}`)
				.replace(/related: .*\n/, '')
				.replace(/aliases: .*\n/, '') + body;
		const { problems } = checkCases(
			[
				{ file: 'a.mdx', text: file('case-a', story) },
				{ file: 'b.mdx', text: file('case-b', story.replace('表示满意', '很满意')) },
				{ file: 'c.mdx', text: file('case-c', other) },
			],
			createCheckContext(vocabulary, parseMdxAsBuilt),
		);
		const warnings = problems.filter((p) => p.rule === 'near-duplicate');
		expect(warnings.map((p) => [p.file, p.severity, String(p.params?.other)])).toEqual([
			['a.mdx', 'warning', 'case-b (b.mdx)'],
			['b.mdx', 'warning', 'case-a (a.mdx)'],
		]);
	});
});

describe('the completeness report', () => {
	it('scores the optional parts a case fills and names the missing ones', () => {
		const vocabulary = parseVocabulary(
			parse(readFileSync(new URL('../fixtures/vocabulary.yaml', import.meta.url), 'utf8')),
		);
		const text = readFileSync(new URL('../fixtures/cases/valid-scqa.mdx', import.meta.url), 'utf8');
		const checked = checkCaseText(
			'valid-scqa.mdx',
			text,
			createCheckContext(vocabulary, parseMdxAsBuilt),
		);
		const row = completeness('valid-scqa.mdx', checked.data!, checked.source.body);
		// In the registry's order, named by its labels.
		expect(row.missing).toEqual([
			'story',
			'time.end',
			'tags',
			'outcome',
			'perception',
			'servqual',
			'questions',
			'related',
		]);
		expect(row.score).toBe(11);
		expect(formatReport([row], 'en')).toContain('could add: Story, End time, Tags, Outcome');
		expect(formatReport([row], 'zh')).toContain('正文故事、结束时间、标签、结果');
	});
});

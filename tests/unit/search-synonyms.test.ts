import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkSynonyms } from '../../src/checker/rules/synonyms.ts';
import { folderFromTable } from '../../src/search/fold.ts';
import { foldTable } from '../../src/search/fold-node.ts';
import { exactQuery, setCharacterFolder } from '../../src/search/normalize.ts';
import { expandQuery, setSynonyms } from '../../src/search/synonyms.ts';
import { caseLabelParts } from '../../src/search/case-labels.ts';
import { tagSlug } from '../../src/lib/tags.ts';

let fold: (text: string) => string;
beforeAll(() => {
	const table = folderFromTable(foldTable());
	fold = (word) => table(word.normalize('NFKC').toLowerCase());
	setCharacterFolder(table);
});
afterEach(() => setSynonyms([]));

describe('the synonym list', () => {
	it('ships with about a hundred groups and no problem', () => {
		const { groups, problems } = checkSynonyms(
			readFileSync('content/synonyms.yaml', 'utf8'),
			'content/synonyms.yaml',
			fold,
		);
		expect(problems).toEqual([]);
		expect(groups.length).toBeGreaterThanOrEqual(100);
		expect(groups.find((g) => g.includes('打折'))).toEqual(expect.arrayContaining(['折扣']));
		expect(groups.find((g) => g.includes('bill'))).toEqual(expect.arrayContaining(['账单']));
	});

	it('reports a word in two groups, a repeat, a folded repeat and a short group at their line', () => {
		const text = [
			'groups:',
			'  - [折扣, 打折]',
			'  - [账单, 帐单, 账单, 话费单]',
			'  - [生气, 折扣]',
			'  - []',
			'  - [好]',
		].join('\n');
		const { problems } = checkSynonyms(text, 'content/synonyms.yaml', fold);
		expect(problems.map((p) => [p.line, p.severity, p.rule, p.message, p.params?.value])).toEqual([
			[3, 'warning', 'synonyms', 'synonyms.folded', '帐单'],
			[3, 'error', 'duplicate-value', 'synonyms.duplicate', '账单'],
			[4, 'error', 'synonyms', 'synonyms.twoGroups', '折扣'],
			[5, 'error', 'synonyms', 'synonyms.empty', undefined],
			[6, 'error', 'synonyms', 'synonyms.empty', undefined],
		]);
		expect(problems[2]!.params?.line).toBe(2);
	});

	it('reports a list that is not groups of words, and broken YAML', () => {
		const shape = checkSynonyms('groups: [a, b]\n', 'f.yaml', fold).problems;
		expect(shape.map((p) => p.message)).toEqual(['synonyms.shape', 'synonyms.shape']);
		expect(checkSynonyms('groups:\n  - [a, b\n', 'f.yaml', fold).problems[0]!.message).toBe(
			'synonyms.yaml',
		);
	});
});

describe('query expansion', () => {
	it('searches with each other word of the group, longest word first', () => {
		setSynonyms([
			['折扣', '打折', 'discount'],
			['贵宾', 'vip'],
			['贵宾室', '休息室'],
		]);
		expect(expandQuery('打折机票').map((e) => [e.query, e.words])).toEqual([
			['折扣机票', ['折扣']],
			['discount机票', ['discount']],
		]);
		expect(expandQuery('贵宾室').map((e) => e.query)).toEqual(['休息室']);
		expect(expandQuery('VIP').map((e) => e.query)).toEqual(['贵宾']);
		expect(expandQuery('机票')).toEqual([]);
	});

	it('matches Latin words whole, and combines two synonyms after single ones', () => {
		setSynonyms([
			['账单', 'bill'],
			['折扣', '打折'],
		]);
		expect(expandQuery('billing')).toEqual([]);
		expect(expandQuery('帐单打折').map((e) => e.query)).toEqual([
			'bill打折',
			'账单折扣',
			'bill折扣',
		]);
	});
});

describe('variant characters', () => {
	it('fold like Traditional ones: 帐单 and 賬單 are 账单, 妳 is 你', () => {
		expect(exactQuery('帐单')).toBe(exactQuery('账单'));
		expect(exactQuery('賬單')).toBe(exactQuery('账单'));
		expect(exactQuery('帳單')).toBe(exactQuery('账单'));
		expect(exactQuery('妳好')).toBe(exactQuery('你好'));
		expect(exactQuery('看著')).toBe(exactQuery('看着'));
	});
});

describe('what a case is filed under', () => {
	it('lists grid codes with their labels, tags, industry and outcome labels', () => {
		const parts = caseLabelParts(
			{ grid: ['S2.3'], tags: ['投诉处理'], industry: 'telecom', outcome: 'negative' },
			{ telecom: { zh: '通信运营', en: 'Telecom' } },
		);
		expect(parts).toEqual(
			expect.arrayContaining([
				'S2.3',
				'态度恶劣',
				'Bad attitude',
				'S2',
				'离开客户',
				'投诉处理',
				'通信运营',
				'Telecom',
				'反面教训',
			]),
		);
	});
});

describe('tag slugs', () => {
	it('keep a plain tag, and make any other a safe, distinct path segment', () => {
		expect(tagSlug('投诉处理')).toBe('投诉处理');
		expect(tagSlug('VIP')).toBe('VIP');
		for (const tag of ['../etc', 'a/b', 'a b', '?#%', '.'])
			expect(tagSlug(tag)).toMatch(/^[\p{L}\p{N}-]+$/u);
		expect(tagSlug('a b')).not.toBe(tagSlug('a/b'));
	});
});

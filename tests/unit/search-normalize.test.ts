import { describe, expect, it } from 'vitest';
import {
	breakToken,
	punctuationPrefix,
	exactQuery,
	headQuery,
	looseQuery,
	queryWords,
	readableExcerpt,
	toHeadTokens,
	toIndexText,
} from '../../src/search/normalize.ts';

const B = breakToken;
/** The word a punctuation mark is indexed as. */
const P = (mark: string) => punctuationPrefix + mark.codePointAt(0)!.toString(36);

describe('text prepared for the index', () => {
	it('makes every CJK character, letter and digit a word of its own', () => {
		expect(toIndexText('李先生用IC卡付了45元')).toBe('李 先 生 用 I C 卡 付 了 4 5 元');
	});

	it('folds full-width letters and digits, keeps case (Pagefind lowercases) and punctuation as written', () => {
		expect(toIndexText('ＩＣ卡，4Ｓ店')).toBe(`I C 卡 ${P('，')} 4 S 店`);
	});

	it('makes punctuation a word of its own and puts a break at line ends, so a match spans neither unless asked', () => {
		expect(toIndexText('卡。号')).toBe(`卡 ${P('。')} 号`);
		expect(toIndexText('标题\n正文')).toBe(`标 题 ${B} 正 文`);
		expect(toIndexText('卡号')).not.toContain(B);
	});

	it('treats spaces as separators, except typographic spacing between Chinese and Latin', () => {
		expect(toIndexText('运营商 客户')).toBe(`运 营 商 ${B} 客 户`);
		expect(toIndexText('hello world')).toBe(`h e l l o ${B} w o r l d`);
		expect(toIndexText('出租车上的 IC 卡')).toBe(toIndexText('出租车上的IC卡'));
	});
});

describe('queries', () => {
	it('become an exact phrase of the same words, lower-cased', () => {
		expect(exactQuery('卡号')).toBe('"卡 号"');
		expect(exactQuery(' IC卡 ')).toBe('"i c 卡"');
		expect(exactQuery('ＩＣ卡')).toBe(exactQuery('ic 卡'));
		expect(looseQuery('卡号卡')).toBe('卡 号');
	});

	it('keep inner breaks, drop outer ones, and can be empty', () => {
		expect(queryWords('卡号,查询!')).toEqual(['卡', '号', P(','), '查', '询']);
		expect(queryWords('“卡号” ')).toEqual(['卡', '号']);
		expect(exactQuery('?!。')).toBe('');
		expect(queryWords(B)).toEqual(['q', 'z', 'b', 'r', 'k']);
	});

	it('find text with punctuation inside as written: a grid code, a comma', () => {
		// Pagefind counts a bare mark as a position no query can name; the mark word is nameable.
		const text = ` ${toIndexText('离开客户 S2.3 态度恶劣；卡号，查询').toLowerCase()} `;
		expect(text).toContain(` ${queryWords('S2.3').join(' ')} `);
		expect(text).toContain(` ${queryWords('s2.3').join(' ')} `);
		expect(text).toContain(` ${queryWords('卡号，查询').join(' ')} `);
		expect(text).not.toContain(` ${queryWords('卡号查询').join(' ')} `);
	});

	it('match a partial number at either end, as Ctrl+F does', () => {
		const text = toIndexText('当时排队的有13个人');
		expect(` ${text.toLowerCase()} `).toContain(` ${queryWords('排队的有1').join(' ')} `);
		expect(` ${text.toLowerCase()} `).toContain(` ${queryWords('3个人').join(' ')} `);
	});
});

describe('title and summary tokens', () => {
	it('encode each character as one ASCII word, the same for index and query', () => {
		expect(toHeadTokens('卡号')).toMatch(/^hdq[0-9a-z]+ hdq[0-9a-z]+$/);
		expect(headQuery('卡号')).toBe(`"${toHeadTokens('卡号')}"`);
		expect(toHeadTokens('IC卡')).toBe(toHeadTokens('ic卡'));
	});
});

describe('excerpts', () => {
	it('close up characters and merge the highlight', () => {
		expect(
			readableExcerpt(
				`正 文 提 到 <mark>服</mark> <mark>务</mark> <mark>热</mark> <mark>线</mark> ${P('。')} 卡`,
			),
		).toBe('正文提到<mark>服务热线</mark>。卡');
	});

	it('show spaces in Latin text and drop title tokens and block joins', () => {
		expect(
			readableExcerpt(`h e l l o ${P(',')} ${B} <mark>w</mark> <mark>o</mark> r l d 用 I C 卡`),
		).toBe('hello, <mark>wo</mark>rld用IC卡');
		expect(readableExcerpt(`金 卡. 机 场 ${toHeadTokens('金卡')}`)).toBe('金卡 · 机场');
	});

	it('end before a Latin word the window cut through, and say so', () => {
		// "In an airport lounge a gold-card customer", cut after its "c".
		expect(
			readableExcerpt(
				`a n ${B} <mark>l</mark> <mark>o</mark> <mark>u</mark> <mark>n</mark> <mark>g</mark> <mark>e</mark> ${B} a ${B} g o l d ${P('-')} c a r d ${B} c`,
			),
		).toBe('an <mark>lounge</mark> a gold-card…');
		// A word the field ends with is followed by a break: whole, kept.
		expect(readableExcerpt(`a ${B} c a r d ${B}`)).toBe('a card');
		// Chinese text may stop anywhere.
		expect(readableExcerpt(`金 卡 客 户`)).toBe('金卡客户');
	});
});

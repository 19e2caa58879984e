import { describe, expect, it } from 'vitest';
import { exactQuery, headQuery, looseQuery, queryWords, readableExcerpt, toHeadTokens, toIndexText, breakToken } from '../../src/search/normalize.ts';

describe('text prepared for the index', () => {
	it('spaces CJK characters apart and keeps other words whole', () => {
		expect(toIndexText('李先生用IC卡付了45元')).toBe('李 先 生 用 IC 卡 付 了 45 元');
	});

	it('folds full-width forms and case', () => {
		expect(toIndexText('ＩＣ卡 4Ｓ店')).toBe('IC 卡 4S 店');
		expect(queryWords('ＩＣ卡')).toEqual(['ic', '卡']);
	});

	it('keeps masks whole and punctuation as written', () => {
		expect(toIndexText('回电 139****1234,好')).toBe(`回 电 139****1234 , ${breakToken} 好`);
		expect(toIndexText('卡，号')).toBe(`卡 ， ${breakToken} 号`);
	});

	it('treats a space between CJK characters as a separator, like Ctrl+F, but not typographic spacing', () => {
		expect(toIndexText('运营商 客户')).toBe(`运 营 商 ${breakToken} 客 户`);
		expect(queryWords('IC 卡')).toEqual(queryWords('IC卡'));
		expect(toIndexText('hello world')).toBe('hello world');
	});

	it('puts a break after punctuation so a match never spans it', () => {
		expect(toIndexText('卡。号')).toBe(`卡 。 ${breakToken} 号`);
		expect(toIndexText('卡号')).not.toContain(breakToken);
		expect(toIndexText('标题\n正文')).toBe(`标 题 ${breakToken} 正 文`);
	});
});

describe('queries', () => {
	it('become an exact phrase of the same words', () => {
		expect(exactQuery('卡号')).toBe('"卡 号"');
		expect(exactQuery(' IC卡 ')).toBe('"ic 卡"');
		expect(exactQuery('4S店')).toBe('"4s 店"');
		expect(looseQuery('卡号')).toBe('卡 号');
	});

	it('drop punctuation and the break token, and can be empty', () => {
		expect(queryWords('卡号,查询!')).toEqual(['卡', '号', breakToken, '查', '询']);
		expect(looseQuery('卡号,查询')).toBe('卡 号 查 询');
		expect(exactQuery('?!。')).toBe('');
		expect(queryWords(breakToken)).toEqual([]);
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
	it('drop title tokens and show block joins as a separator', () => {
		expect(readableExcerpt(`金 卡. 机 场 ${toHeadTokens('金卡')}`)).toBe('金卡 · 机场');
	});

	it('close up CJK text and merge the highlight', () => {
		expect(readableExcerpt(`正 文 提 到 <mark>服 </mark><mark>务 </mark><mark>热 </mark><mark>线</mark> 。 ${breakToken} 卡`)).toBe('正文提到<mark>服务热线</mark>。卡');
	});

	it('keep spaces between Latin words and after Latin punctuation', () => {
		expect(readableExcerpt(`hello , ${breakToken} <mark>world</mark> 用 ic 卡`)).toBe('hello, <mark>world</mark>用ic卡');
	});
});

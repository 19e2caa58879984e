import { describe, expect, it } from 'vitest';
import { caseLanguage, searchExample } from '../../src/lib/content-language.ts';

const zh = { data: { summary: '客户在柜台前等了二十分钟。' } };

describe('a case’s language against the page’s', () => {
	it('marks Chinese text on English pages and says so; nothing on Chinese pages', () => {
		expect(caseLanguage({}, 'en')).toEqual({ tag: 'zh-CN', attr: 'zh-CN', note: 'Chinese' });
		expect(caseLanguage({}, 'zh')).toEqual({ tag: 'zh-CN', attr: undefined, note: undefined });
		expect(caseLanguage({ lang: 'zh-TW' }, 'zh').attr).toBe('zh-TW');
		expect(caseLanguage({ lang: 'en' }, 'en').note).toBe(undefined);
	});
});

describe('the English search example', () => {
	it('is a word of a case’s English summary, or of an English case', () => {
		const translated = { data: { summary: '中文', en: { summary: 'A lounge visit' } } };
		expect(searchExample([zh, translated], 'en')).toBe('lounge');
		const english = { data: { summary: 'Refund promised twice', lang: 'en' } };
		expect(searchExample([zh, english], 'en')).toBe('refund');
	});

	it('is absent when every case is in Chinese (the box then says so)', () => {
		const titleOnly = { data: { summary: '中文', en: { title: 'Only a title' } } };
		expect(searchExample([zh, titleOnly], 'en')).toBe(undefined);
	});
});

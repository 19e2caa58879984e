import { describe, expect, it } from 'vitest';
import { countForms, ui, useTranslations } from '../../src/i18n/ui.ts';
import { countText } from '../../src/i18n/plural.ts';

describe('UI strings', () => {
	it('exist in both languages for every key', () => {
		expect(Object.keys(ui.en).sort()).toEqual(Object.keys(ui.zh).sort());
	});

	it('use the right plural form in English', () => {
		const t = useTranslations('en');
		expect(t('grid.count', { n: 1 })).toBe('1 case');
		expect(t('grid.count', { n: 3 })).toBe('3 cases');
		expect(useTranslations('zh')('grid.count', { n: 1 })).toBe('1 个案例');
	});

	it('reach browser scripts with every form, so a count made there is plural-aware too', () => {
		const results = JSON.parse(countForms('en', 'search.results'));
		expect(results).toEqual({ one: '{n} result', other: '{n} results' });
		expect(countText(results, 'en', 1)).toBe('1 result');
		expect(countText(results, 'en', 0)).toBe('0 results');
		expect(countText(JSON.parse(countForms('en', 'list.count')), 'en', 12)).toBe('12 cases');
		expect(countText(JSON.parse(countForms('zh', 'list.count')), 'zh-CN', 1)).toBe('共 1 个案例');
	});
});

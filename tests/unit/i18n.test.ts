import { describe, expect, it } from 'vitest';
import { ui, useTranslations } from '../../src/i18n/ui.ts';

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
});

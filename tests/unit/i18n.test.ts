import { describe, expect, it } from 'vitest';
import { countForms, ui, useTranslations } from '../../src/i18n/ui.ts';
import { countText, type Plural } from '../../src/i18n/plural.ts';
import { translations } from '../../src/i18n/translations.ts';
import type { Section, Translation } from '../../src/i18n/translation.ts';
import { createTranslator, type Text } from '../../src/i18n/translate.ts';
import zh from '../../src/i18n/locales/zh.ts';
import { messageRules, renderMessage } from '../../src/checker/messages.ts';
import { authorTranslations } from '../../src/i18n/author.ts';
import { locales } from '../../schemas/locales.ts';
import { limitParams } from '../../schemas/limits.ts';
import { caseIdLength, titleMaxLength } from '../../schemas/case.ts';

const sections: readonly Section[] = ['ui', 'author', 'checker', 'check', 'cli'];

/**
 * A third language as a translator starts it: one file, the Chinese one with every text marked
 * (here built in memory). With its code added to `schemas/locales.ts` and its line in
 * `src/i18n/translations.ts`, it must pass every check the real languages pass.
 */
const stubTag = 'zh-TW';
const marker = '〔繁〕';
const mark = (text: Text): Text =>
	typeof text === 'string'
		? marker + text
		: (Object.fromEntries(
				Object.entries(text).map(([category, form]) => [category, marker + form]),
			) as Plural);
const markAll = <K extends string>(table: Readonly<Record<K, Text>>) =>
	Object.fromEntries(Object.entries<Text>(table).map(([key, text]) => [key, mark(text)])) as Record<
		K,
		Text
	>;
const stub: Translation = {
	tag: stubTag,
	languageNames: zh.languageNames,
	ui: markAll(zh.ui),
	author: markAll(zh.author),
	checker: markAll(zh.checker),
	check: markAll(zh.check),
	cli: markAll(zh.cli),
};
const languages: Readonly<Record<string, Translation>> = { ...translations, [stubTag]: stub };
const languageCodes = Object.keys(languages);

/** The keys every language must have: the Chinese file's, and for messages the checker's rule table. */
const referenceKeys = (section: Section) =>
	Object.keys(section === 'checker' ? messageRules : translations.zh[section]).sort();
const forms = (text: Text) => (typeof text === 'string' ? [text] : Object.values(text));
const placeholders = (text: Text) =>
	[
		...new Set(
			forms(text).flatMap((form) =>
				[...form.replace(/\{\{|\}\}/g, '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
			),
		),
	].sort();

describe('UI strings', () => {
	it('are checked for every UI language and the stub third one', () => {
		expect(languageCodes).toEqual([...locales, stubTag]);
	});

	it.each(languageCodes.flatMap((code) => sections.map((section) => [code, section] as const)))(
		'%s has every key of the %s table, and no other',
		(code, section) => {
			expect(Object.keys(languages[code]![section]).sort()).toEqual(referenceKeys(section));
		},
	);

	it.each(languageCodes)(
		'%s uses the same placeholders as the reference in every table the reader sees in one language',
		(code) => {
			for (const section of ['ui', 'author', 'checker', 'check'] as const) {
				for (const [key, text] of Object.entries<Text>(translations.zh[section]))
					expect(
						placeholders(languages[code]![section][key as never] as Text),
						`${section} ${key}`,
					).toEqual(placeholders(text));
			}
		},
	);

	it.each(languageCodes)(
		'%s uses, in the command-line texts every language prints at once, only placeholders the callers give',
		(code) => {
			for (const key of Object.keys(zh.cli) as (keyof typeof zh.cli)[]) {
				const given = new Set(
					locales.flatMap((locale) => placeholders(translations[locale].cli[key])),
				);
				expect(
					placeholders(languages[code]!.cli[key]).filter(
						(name) => !given.has(name) && !(name in limitParams),
					),
					key,
				).toEqual([]);
			}
		},
	);

	it('use the right plural form in English', () => {
		const t = useTranslations('en');
		expect(t('grid.count', { n: 1 })).toBe('1 case');
		expect(t('grid.count', { n: 3 })).toBe('3 cases');
		expect(useTranslations('zh')('grid.count', { n: 1 })).toBe('1 个案例');
		expect(authorTranslations('en')('status.errors', { n: 1 })).toBe(
			'1 problem to fix: see the list below and the note beside the field.',
		);
		expect(authorTranslations('en')('status.warnings', { n: 2 })).toBe(
			'The check passes, with 2 suggestions.',
		);
	});

	it('reach browser scripts with every form, so a count made there is plural-aware too', () => {
		const results = JSON.parse(countForms('en', 'search.results'));
		expect(results).toEqual({ one: '{n} result', other: '{n} results' });
		expect(countText(results, 'en', 1)).toBe('1 result');
		expect(countText(results, 'en', 0)).toBe('0 results');
		expect(countText(JSON.parse(countForms('en', 'list.count')), 'en', 12)).toBe('12 cases');
		expect(countText(JSON.parse(countForms('zh', 'list.count')), 'zh-CN', 1)).toBe('共 1 个案例');
		expect(Object.keys(ui)).toEqual([...locales]);
	});
});

describe('a third language', () => {
	const t = createTranslator(stub.ui, stubTag, stub.tag);
	const message = createTranslator(stub.checker, stubTag, stub.tag);

	it('translates with the one translator, filling params and the limits', () => {
		expect(t('case.perceptionScale', { value: '+1' })).toBe('〔繁〕客户感知 +1(−3 到 +3)');
		expect(message('title.length', { count: 41 })).toBe(
			`〔繁〕标题最多 ${titleMaxLength} 字，现在 41 字`,
		);
		expect(
			createTranslator(stub.author, stubTag, stub.tag)('countMax', { count: 3, max: 40 }),
		).toBe('〔繁〕3 / 40 字');
	});

	it('shows a param given in every language in the default language until the param has its own', () => {
		expect(message('file.unsafe', { kind: { zh: '符号链接', en: 'symbolic link' } })).toBe(
			'〔繁〕这不是普通文件，而是符号链接：content/ 里只能放普通文件，检查和构建都不会打开它',
		);
		expect(
			message('file.unsafe', {
				kind: { zh: '符号链接', en: 'symbolic link', [stubTag]: '符號連結' },
			}),
		).toContain('而是符號連結');
	});

	it('counts with its own plural rules: Chinese has one form, whatever forms a table gives', () => {
		const counted = createTranslator(
			{ cases: { one: '{n} case', other: '{n} cases' } },
			stubTag,
			stub.tag,
		);
		expect(counted('cases', { n: 1 })).toBe('1 cases');
		expect(t('grid.count', { n: 1 })).toBe('〔繁〕1 个案例');
		expect(countText({ one: '{n} case', other: '{n} cases' }, stub.tag, 1)).toBe('1 cases');
	});

	it('may need more plural forms than English, and gets them', () => {
		const files = createTranslator(
			{ files: { one: '{n} plik', few: '{n} pliki', many: '{n} plików', other: '{n} pliku' } },
			'pl',
			'pl',
		);
		expect([1, 3, 5, 1.5].map((n) => files('files', { n }))).toEqual([
			'1 plik',
			'3 pliki',
			'5 plików',
			'1.5 pliku',
		]);
	});
});

describe('numbers in messages', () => {
	it('come from the constants the rules check', () => {
		expect(
			renderMessage({ message: 'title.length', params: { count: 41 }, field: 'title' }, 'zh'),
		).toBe(`标题最多 ${titleMaxLength} 字，现在 41 字`);
		expect(renderMessage({ message: 'id.pattern', field: 'id' }, 'en')).toBe(
			`id may use only lower-case letters, digits and hyphens, ${caseIdLength.min}–${caseIdLength.max} characters`,
		);
		expect(renderMessage({ message: 'perception.range', field: 'perception' }, 'en')).toBe(
			'perception must be a whole number from −3 to +3',
		);
		expect(authorTranslations('en')('title.hint')).toBe(
			`At most ${titleMaxLength} characters; say what happened at a glance.`,
		);
		expect(useTranslations('zh')('case.perceptionScale', { value: '+2' })).toBe(
			'客户感知 +2(−3 到 +3)',
		);
	});

	it('are never written into a table as digits', () => {
		const limits = Object.values(limitParams).map(String);
		const quoted = (text: string) =>
			limits.filter((limit) =>
				new RegExp(`(?<![\\d.:T-])${limit.replace('+', '\\+')}(?![\\d.:-])`).test(text),
			);
		for (const locale of locales) {
			for (const section of sections) {
				for (const [key, text] of Object.entries(translations[locale][section]))
					for (const form of forms(text as Text))
						expect(quoted(form), `${locale} ${section} ${key}: ${form}`).toEqual([]);
			}
		}
	});
});

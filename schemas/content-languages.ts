/**
 * The languages a case may be written in: a case's `lang`, and the site's default for cases
 * that do not say (`contentLang` in content/site.yaml). Keys are the BCP 47 tags pages put in
 * `lang` attributes; labels name the language in each UI language ("This case is written in …").
 */
import type { Label } from './locales.ts';

export const contentLanguages = {
	list: [
		{ key: 'zh-CN', label: { zh: '简体中文', en: 'Chinese' } },
		{ key: 'zh-TW', label: { zh: '繁體中文', en: 'Chinese (Traditional)' } },
		{ key: 'zh-HK', label: { zh: '繁體中文（香港）', en: 'Chinese (Traditional, Hong Kong)' } },
		{ key: 'en', label: { zh: '英文', en: 'English' } },
	],
} as const satisfies { list: readonly { key: string; label: Label }[] };

export type ContentLanguage = (typeof contentLanguages.list)[number]['key'];
export const contentLanguageKeys = contentLanguages.list.map((l) => l.key) as [
	ContentLanguage,
	...ContentLanguage[],
];

/**
 * Every language's translation file, by locale, and the translators over them. A new language
 * is its code in `schemas/locales.ts`, its file in `locales/`, and its line here (TypeScript
 * refuses the build until all three agree).
 */
import { locales, type Locale, type Localized } from '../../schemas/locales.ts';
import { createTranslator, type Params, type Translator } from './translate.ts';
import type { KeyOf, Section, Translation } from './translation.ts';
import zh from './locales/zh.ts';
import en from './locales/en.ts';

export const translations: Localized<Translation> = { zh, en };

const translators = new Map<string, Translator<string>>();

/** The translator of one table in one language; made once (every component of every page asks). */
export function translatorFor<S extends Section>(lang: Locale, section: S): Translator<KeyOf<S>> {
	const id = `${lang}:${section}`;
	let translate = translators.get(id);
	if (!translate)
		translators.set(
			id,
			(translate = createTranslator<string>(
				translations[lang][section],
				lang,
				translations[lang].tag,
			)),
		);
	return translate;
}

/** What a language is called in another (`languageName('en', 'zh')` is 英文): the file's own name, else the runtime's. */
export function languageName(of: Locale, inLanguage: Locale): string {
	const { languageNames, tag } = translations[inLanguage];
	return (
		languageNames[of] ??
		new Intl.DisplayNames([tag], { type: 'language' }).of(translations[of].tag) ??
		of
	);
}

/** A text in every language, joined by ` / `: what the command-line tools print, having no reader's language to pick. */
export function inEveryLanguage(
	key: KeyOf<'cli'>,
	params: Params | ((lang: Locale) => Params) = {},
): string {
	return locales
		.map((lang) =>
			translatorFor(lang, 'cli')(key, typeof params === 'function' ? params(lang) : params),
		)
		.join(' / ');
}

/**
 * The handbook's UI strings as pages use them. Case content is shown in the language it was
 * written in; only the interface around it changes. The strings are in the translation files
 * (`locales/<code>.ts`, section `ui`); labels of the grid and the course vocabularies come from
 * `schemas/`, not from here.
 */
import { localized, type Label, type Locale } from '../../schemas/locales.ts';
import { translations, translatorFor } from './translations.ts';
import type { Translator } from './translate.ts';
import type { UiKey } from './translation.ts';

export { locales, type Locale } from '../../schemas/locales.ts';
export type { UiKey } from './translation.ts';

/** Value of `<html lang>` and `hreflang` per locale. */
export const htmlLang = localized((locale) => translations[locale].tag);

/** Every UI string, by locale. */
export const ui = localized((locale) => translations[locale].ui);

/** A translator for one locale: `t('grid.count', { n: 3 })`. */
export const useTranslations = (lang: Locale): Translator<UiKey> => translatorFor(lang, 'ui');

/**
 * Every form of a counting string (`{n}` filled in the browser), as JSON for a data attribute:
 * the page's script picks the form for the number it counted with `countText` (plural.ts).
 */
export const countForms = (lang: Locale, key: UiKey): string => JSON.stringify(ui[lang][key]);

/** A label (`{ zh, en }`) in the reader's language. */
export const label = (value: Label, lang: Locale) => value[lang];

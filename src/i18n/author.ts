/**
 * The authoring form's own words (labels, hints, buttons) as the page and its script use them.
 * Field names shown on case pages come from the `ui` table, enum labels from `schemas/`; only
 * what exists on the form alone is in the translation files' `author` table.
 */
import type { Locale } from '../../schemas/locales.ts';
import { translatorFor } from './translations.ts';
import type { Translator } from './translate.ts';
import type { AuthorKey } from './translation.ts';

export type { AuthorKey } from './translation.ts';

/** A translator for the form: `t('countMax', { count: 3, max: 40 })`. */
export const authorTranslations = (lang: Locale): Translator<AuthorKey> =>
	translatorFor(lang, 'author');

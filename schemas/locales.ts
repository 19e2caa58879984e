/**
 * The UI languages, listed once: every other list of languages, the `Label` type, the config
 * enums and the string tables derive from this line. A new language is its code here plus its
 * translation file in `src/i18n/locales/` (registered in `src/i18n/translations.ts`).
 */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The language a handbook speaks unless `content/site.yaml` says otherwise: the first listed. */
export const defaultLocale: Locale = locales[0];

/** One value per UI language; TypeScript names every place a new language has to fill. */
export type Localized<T> = Readonly<Record<Locale, T>>;

/** A text in every UI language: `{ zh: '客户', en: 'Customer' }`. */
export type Label = Localized<string>;

export const isLocale = (value: unknown): value is Locale =>
	(locales as readonly unknown[]).includes(value);

/** A `Localized` value made language by language: `localized((locale) => z.string())`. */
export function localized<T>(make: (locale: Locale) => T): Localized<T> {
	return Object.fromEntries(locales.map((locale) => [locale, make(locale)])) as Record<Locale, T>;
}

/** The same text in every language (a code or key that has no translation). */
export const sameInEvery = (text: string): Label => localized(() => text);

/**
 * The one translator: a key of one language's table, the plural form for `{n}` chosen by that
 * language's `Intl.PluralRules`, then `{name}` filled from the params and the limits of
 * `schemas/limits.ts`. The site, the form, the checker and the CLI all speak through it, on the
 * server and in the browser.
 */
import { defaultLocale } from '../../schemas/locales.ts';
import { limitParams } from '../../schemas/limits.ts';
import { pluralForm, type Plural } from './plural.ts';

/** One entry of a table: a template, or a template per plural category. */
export type Text = string | Plural;
export type Params = Readonly<Record<string, unknown>>;
export type Translator<K extends string> = (key: K, params?: Params) => string;

/** A param given in every language (`{ zh, en }`) is shown in the translator's; anything else as text. */
function paramText(value: unknown, locale: string): string {
	if (value && typeof value === 'object') {
		const byLocale = value as Record<string, unknown>;
		if (locale in byLocale) return String(byLocale[locale]);
		if (defaultLocale in byLocale) return String(byLocale[defaultLocale]);
	}
	return String(value);
}

/** `{name}` filled from params (left as written when absent); `{{` and `}}` are literal braces. */
export function fillTemplate(
	template: string,
	params: Params,
	locale: string = defaultLocale,
): string {
	return template.replace(/\{\{|\}\}|\{(\w+)\}/g, (whole, name?: string) => {
		if (name === undefined) return whole[0]!;
		return Object.hasOwn(params, name) ? paramText(params[name], locale) : whole;
	});
}

/** A translator over one table: `t('grid.count', { n: 3 })`. `locale` picks `{ zh, en }` params, `tag` the plural rules. */
export function createTranslator<K extends string>(
	table: Readonly<Record<K, Text>>,
	locale: string,
	tag: string,
): Translator<K> {
	return (key, params = {}) => {
		const all = { ...limitParams, ...params };
		return fillTemplate(pluralForm(table[key], tag, Number(all.n)), all, locale);
	};
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Items joined the way the language lists them: 甲、乙、丙 in Chinese, "a, b, c" in English. */
export function formatList(lang: string, items: readonly string[]): string {
	// One formatter per language: making one took longer than the formatting (a slide deck lists dozens).
	let format = listFormats.get(lang);
	if (!format) {
		format = new Intl.ListFormat(lang, { type: 'conjunction', style: 'narrow' });
		listFormats.set(lang, format);
	}
	return format.format(items);
}

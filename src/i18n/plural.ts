/**
 * Plural forms of a UI string and the choice between them by `Intl.PluralRules`, apart from
 * the string tables so a browser script can write "1 case" / "2 cases" without loading them.
 */

/** A string with plural forms, chosen by the count `{n}`: `other` always, the language's other categories (`one`, `few` …) as it needs them. */
export type Plural = { other: string } & Partial<
	Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>
>;

const rules = new Map<string, Intl.PluralRules>();

/** The form of `entry` for `n` in a language (a BCP 47 tag such as `en`, `zh-CN`). */
export function pluralForm(entry: string | Plural, languageTag: string, n: number): string {
	if (typeof entry === 'string') return entry;
	// One rule set per language: `Intl.PluralRules` is slow to construct.
	let rule = rules.get(languageTag);
	if (!rule) rules.set(languageTag, (rule = new Intl.PluralRules(languageTag)));
	return entry[rule.select(n)] ?? entry.other;
}

/** `entry` for the count `n`, with `{n}` filled in: what a script writes for a number it counted. */
export function countText(entry: string | Plural, languageTag: string, n: number): string {
	return pluralForm(entry, languageTag, n).replaceAll('{n}', String(n));
}

/**
 * Every message the checker can print, by key, with the rule it belongs to. Rules and the
 * schema only name a key; the prose is in each language's translation file
 * (`src/i18n/locales/<code>.ts`, section `checker`), rendered by the one translator, so a
 * `{name}` in a template is filled from the problem's params and the limits it quotes
 * (`{titleMax}` …) from the constants the schema checks.
 */
import { defaultLocale, type Locale } from '../../schemas/locales.ts';
import { translatorFor } from '../i18n/translations.ts';
import type { Problem } from './problem.ts';

/** Which rule each message reports under (`npm run check` prints it; README lists them). */
export const messageRules = {
	// Files and YAML
	'frontmatter.missing': 'frontmatter',
	'frontmatter.notMapping': 'frontmatter',
	'yaml.tab': 'yaml-syntax',
	'yaml.indent': 'yaml-syntax',
	'yaml.quote': 'yaml-syntax',
	'yaml.duplicateKey': 'yaml-syntax',
	'yaml.colon': 'yaml-syntax',
	'yaml.other': 'yaml-syntax',
	'file.notCase': 'file-type',
	'yaml.alias': 'yaml-alias',
	'file.unsafe': 'file-unsafe',
	'file.outside': 'file-unsafe',
	'file.size': 'file-size',
	'file.encoding': 'encoding',
	'file.utf16': 'encoding',
	'file.nul': 'encoding',
	'file.name': 'file-name',

	// Schema: generic
	'field.required': 'required',
	'field.empty': 'required',
	'field.type.string': 'type',
	'field.type.list': 'type',
	'field.type.object': 'type',
	'field.type': 'type',
	'field.list.empty': 'required',
	'enum.invalid': 'enum',
	'key.commaSplit': 'yaml-syntax',
	'key.unknown': 'unknown-key',
	'list.duplicate': 'duplicate-value',
	'kind.unknown': 'enum',

	// Schema: specific fields
	'id.pattern': 'id-format',
	'title.length': 'length-limit',
	'summary.length': 'length-limit',
	'place.length': 'length-limit',
	'grid.unknown': 'grid-code',
	'grid.duplicate': 'duplicate-value',
	'time.object': 'type',
	'time.format': 'time-format',
	'date.format': 'time-format',
	'time.invalid': 'time-format',
	'time.order': 'time-order',
	'updated.order': 'time-order',
	'people.roles': 'people',
	'industry.unknown': 'vocabulary',
	'perception.range': 'perception',
	'lesson.unmet': 'gaps-empty',

	// Across files
	'id.duplicate': 'duplicate-id',
	'alias.clash': 'alias-clash',
	'alias.self': 'alias-clash',
	'related.missing': 'related-missing',
	'related.self': 'related-missing',
	'link.missing': 'link-missing',
	'link.alias': 'link-alias',

	// Case sets (content/sets/*.yaml)
	'set.minutes': 'set-minutes',
	'set.noCases': 'set-cases',
	'set.caseUnknown': 'set-cases',
	'set.caseDuplicate': 'duplicate-value',
	'set.idDuplicate': 'duplicate-id',
	'set.reservedId': 'id-format',
	'note.caseUnknown': 'set-cases',

	// Content rules
	'pii.idNumber': 'pii-id-number',
	'pii.mobile': 'pii-mobile',
	'pii.bankCard': 'pii-bank-card',
	'pii.email': 'pii-email',
	'mdx.esm': 'mdx-esm',
	'mdx.script': 'mdx-script',
	'mdx.iframe': 'mdx-iframe',
	'mdx.style': 'mdx-style',
	'mdx.handler': 'mdx-handler',
	'mdx.jsUrl': 'mdx-js-url',
	'mdx.expression': 'mdx-expression',
	'mdx.component': 'mdx-component',
	'mdx.comment': 'mdx-syntax',
	'mdx.lessThan': 'mdx-syntax',
	'mdx.syntax': 'mdx-syntax',
	'mdx.element': 'mdx-element',
	'mdx.attribute': 'mdx-attribute',
	'mdx.styleAttribute': 'mdx-style',
	'mdx.url': 'mdx-url',
	'mdx.remote': 'mdx-remote',

	// Guidance (warnings)
	'guidance.length': 'length-guidance',
	'guidance.timePrecision': 'time-precision',
	'duplicate.narrative': 'near-duplicate',
	'placeholder.unfilled': 'placeholder',
	'tag.unknown': 'vocabulary',
	'tag.similar': 'vocabulary',
	'interaction.order': 'interaction-order',
	'punctuation.ascii': 'chinese-punctuation',

	// The synonym list (content/synonyms.yaml)
	'synonyms.yaml': 'yaml-syntax',
	'synonyms.shape': 'synonyms',
	'synonyms.empty': 'synonyms',
	'synonyms.duplicate': 'duplicate-value',
	'synonyms.twoGroups': 'synonyms',
	'synonyms.folded': 'synonyms',
} as const;

export type MessageKey = keyof typeof messageRules;

export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(messageRules, key);
}

export function ruleOf(key: string): string {
	return isMessageKey(key) ? messageRules[key] : 'schema';
}

/** The message of a problem in one language, with its did-you-mean and fix appended. */
export function renderMessage(
	problem: Pick<Problem, 'message' | 'params' | 'fix' | 'field'>,
	lang: Locale = defaultLocale,
): string {
	const message = translatorFor(lang, 'checker');
	const frame = translatorFor(lang, 'check');
	let text = isMessageKey(problem.message)
		? message(problem.message, { field: problem.field, ...problem.params })
		: problem.message;
	const suggestion = problem.params?.suggestion;
	if (suggestion) text += frame('message.suggestion', { suggestion });
	if (problem.fix)
		text += frame(suggestion ? 'message.fixAfterSuggestion' : 'message.fix', { fix: problem.fix });
	return text;
}

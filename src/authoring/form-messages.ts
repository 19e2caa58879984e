/**
 * A checker problem as the form says it: the field named by the label the author sees, what to
 * do in plain words, and no YAML (keys, `- ` items, `改为：industry: telecom`). The command-line
 * checker keeps its own messages (src/checker/messages.ts); the form's are the `form.*` entries
 * of the author table, one per kind of problem (not per field), filled with the field's label.
 */
import type { Locale } from '../../schemas/locales.ts';
import { outcomes } from '../../schemas/course-vocabulary.ts';
import { renderMessage } from '../checker/messages.ts';
import type { Problem } from '../checker/problem.ts';
import { authorTranslations, type AuthorKey } from '../i18n/author.ts';
import { label as termLabel } from '../i18n/ui.ts';

/** What the author fills in at that place: a text, a select, checkboxes, or a repeatable group. */
export type ControlKind = 'text' | 'select' | 'choices' | 'group' | 'date' | 'datetime';

/** The field a problem belongs to, as the form shows it. */
export interface FormPlace {
	/** Its label or legend, without the required mark or "(optional)". */
	label: string;
	control: ControlKind;
	/** A date or time picker left half filled in (the browser then gives no value). */
	incomplete?: boolean;
	/** The control holds nothing (a time left empty fails its format rule). */
	empty?: boolean;
}

/** "Required" said for each way of filling a field in. */
const requiredByControl: Record<ControlKind, AuthorKey> = {
	text: 'form.empty',
	date: 'form.empty',
	datetime: 'form.empty',
	select: 'form.choose',
	choices: 'form.tick',
	group: 'form.addOne',
};

/** The checker's messages that speak YAML or name a key, and the form's words for each. */
const formKeys: Partial<Record<string, AuthorKey>> = {
	'field.type.string': 'form.unreadable',
	'field.type.list': 'form.unreadable',
	'field.type.object': 'form.unreadable',
	'field.type': 'form.unreadable',
	'time.object': 'form.unreadable',
	'enum.invalid': 'form.fromList',
	'kind.unknown': 'form.fromList',
	'industry.unknown': 'form.fromList',
	'list.duplicate': 'form.duplicate',
	'grid.duplicate': 'form.duplicate',
	'id.pattern': 'form.idPattern',
	'time.format': 'form.dateTime',
	'date.format': 'form.date',
	'time.invalid': 'form.notReal',
	'updated.order': 'form.updatedOrder',
	'people.roles': 'form.people',
	'lesson.unmet': 'form.lessonUnmet',
	'id.duplicate': 'form.idTaken',
	'alias.clash': 'form.aliasClash',
	'alias.self': 'form.aliasSelf',
	'related.missing': 'form.relatedMissing',
	'related.self': 'form.relatedSelf',
	'placeholder.unfilled': 'form.placeholder',
	// The parser's own reason is English and technical ("Unexpected character `3` after attribute name").
	'mdx.syntax': 'form.bodySyntax',
	'key.unknown': 'form.unreadable',
};

/**
 * A label as it reads inside a sentence ("Choose the industry"): a capitalised word starts
 * lower case; acronyms (SERVQUAL) and scripts without case (Chinese) are left as they are.
 */
const inSentence = (label: string) =>
	/^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;

/** The label a form control shows, without the required mark and a closing "(optional)" or range. */
export function plainLabel(text: string): string {
	return text
		.replace(/\s*\*\s*$/, '')
		.replace(/\s*[（(][^（）()]*[)）]\s*$/, '')
		.trim();
}

/** The message for `problem` in the form: the form's own words where the checker's speak YAML, else the checker's (no fix, no did-you-mean). */
export function formMessage(problem: Problem, lang: Locale, place: FormPlace | undefined): string {
	const a = authorTranslations(lang);
	const label = place?.label ?? '';
	const required = ['field.required', 'field.empty', 'field.list.empty'].includes(problem.message);
	let key = required ? requiredByControl[place?.control ?? 'text'] : formKeys[problem.message];
	if (required && place?.incomplete) key = 'form.dateTime';
	// A field that holds a date alone asks for a date, not a time.
	if (key === 'form.dateTime' && place?.control === 'date') key = 'form.date';
	if ((key === 'form.dateTime' || key === 'form.date') && place?.empty && !place.incomplete)
		key = 'form.empty';
	const { suggestion: _suggestion, ...params } = problem.params ?? {};
	const outcome = outcomes.list.find((term) => term.key === params.outcome);
	const text = key
		? a(key, {
				...params,
				label,
				labelInSentence: inSentence(label),
				...(outcome ? { outcome: termLabel(outcome.label, lang) } : {}),
			})
		: renderMessage({ message: problem.message, params, field: label || problem.field }, lang);
	return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/**
 * What generic code needs to know about a value of a registry field (schemas/case-fields.ts),
 * by its shape alone: its texts (search, length guidance), an option's label, the scaffold's
 * value, the form's starting rows and control names. No field is named here.
 */
import type { CaseField, FieldPart, FieldValue, Options } from './case-fields.ts';
import { sameInEvery, type Label, type Locale } from './locales.ts';

const texts = (value: unknown): string[] =>
	Array.isArray(value)
		? value.filter((item): item is string => typeof item === 'string')
		: typeof value === 'string'
			? [value]
			: [];
const object = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: {};

/** The label of an option's key (the key itself when the vocabulary lacks it). */
export const optionLabel = (options: Options | undefined, key: string): Label =>
	options?.list.find((term) => term.key === key)?.label ?? sameInEvery(key);

/** The texts of a column or part; `choices` as their labels in `choiceLabels` (left out without it); a `choice` classifies its row and is never text. */
function partTexts(part: FieldPart, value: unknown, choiceLabels?: Locale): string[] {
	if (part.shape === 'choice' || part.shape === 'scale') return [];
	if (part.shape === 'choices')
		return choiceLabels
			? texts(value).map((key) => optionLabel(part.options, key)[choiceLabels])
			: [];
	return texts(value);
}

/** Every text a reader reads in a field's value, in page order. */
export function fieldTexts(field: CaseField, value: unknown, choiceLabels?: Locale): string[] {
	switch (field.shape) {
		case 'rows':
			return (Array.isArray(value) ? value : []).flatMap((row) =>
				(field.columns ?? []).flatMap((column) =>
					partTexts(column, object(row)[column.key], choiceLabels),
				),
			);
		case 'record':
			return (field.parts ?? []).flatMap((part) =>
				partTexts(part, object(value)[part.key], choiceLabels),
			);
		case 'choice':
			return choiceLabels && typeof value === 'string'
				? [optionLabel(field.options, value)[choiceLabels]]
				: [];
		default:
			return texts(value);
	}
}

/** A form hint with the field's length guidance filled in (`{min}`, `{max}`). */
export function fieldHint(field: CaseField, lang: Locale): string | undefined {
	const hint = field.hint?.[lang];
	const guidance = field.guidance;
	if (!hint || !guidance) return hint;
	return hint.replace('{min}', String(guidance.min ?? '')).replace('{max}', String(guidance.max));
}

/** The form control's name of a record's part: its own, or the field key and the part's. */
export const partName = (field: CaseField, part: FieldPart) =>
	part.name ?? `${field.key}${part.key[0]!.toUpperCase()}${part.key.slice(1)}`;

/** The value a column or part starts with: `choice` its given option (or the first, or none when optional), texts empty. */
function blankPart(part: FieldPart, given: unknown): string | string[] {
	if (part.shape === 'choice')
		return typeof given === 'string'
			? given
			: part.optional
				? ''
				: (part.options?.list[0]?.key ?? '');
	return part.shape === 'choices' ? [] : '';
}

/** An empty row of a `rows` field (what "add" appends). */
export const emptyRow = (field: CaseField): Record<string, string> =>
	Object.fromEntries(
		(field.columns ?? []).map((column) => [column.key, String(blankPart(column, undefined))]),
	);

/** The rows the form starts with: the placeholder's rows with their texts emptied (one empty row without one). */
export function startRows(field: CaseField): Record<string, string>[] {
	const rows = Array.isArray(field.placeholder) ? field.placeholder : [undefined];
	return rows.map((row) =>
		Object.fromEntries(
			(field.columns ?? []).map((column) => [
				column.key,
				String(blankPart(column, object(row)[column.key])),
			]),
		),
	);
}

/** The scaffold's value of a field: its placeholder, every text marked by `fill`, choices as they are. */
export function scaffoldValue(
	field: CaseField,
	fill: (text: string) => string,
): FieldValue | undefined {
	const placeholder = field.placeholder;
	if (placeholder === undefined) return undefined;
	const mark = (part: FieldPart | undefined, value: FieldValue): FieldValue => {
		if (part && (part.shape === 'choice' || part.shape === 'choices' || part.shape === 'scale'))
			return value;
		if (typeof value === 'string') return fill(value);
		return Array.isArray(value) ? value.map((item) => mark(part, item)) : value;
	};
	const markObject = (parts: readonly FieldPart[] | undefined, value: FieldValue) =>
		Object.fromEntries(
			Object.entries(object(value)).map(([key, item]) => [
				key,
				mark(
					parts?.find((part) => part.key === key),
					item as FieldValue,
				),
			]),
		);
	switch (field.shape) {
		case 'rows':
			return (Array.isArray(placeholder) ? placeholder : []).map((row) =>
				markObject(field.columns, row),
			);
		case 'record':
			return markObject(field.parts, placeholder);
		case 'lines':
			return Array.isArray(placeholder)
				? placeholder.map((item) => mark(undefined, item))
				: [mark(undefined, placeholder)];
		default:
			return mark(undefined, placeholder);
	}
}

/** A field's legend in the form: its number among the course's parts, and its form label or label. */
export const formLegend = (field: CaseField, lang: Locale) => {
	const text = (field.formLabel ?? field.label)[lang];
	return field.part ? `${field.part}. ${text}` : text;
};

/**
 * Opening a published case in the form: its file's fields as the form's state (the inverse of
 * `formToCase`), and saving it back through `edit-case.ts` so only what the author changed is
 * written. A field whose form value is what the file gave the form keeps the file's own value,
 * so the form's tidying (trimmed texts, a default scope left out) never shows up in a diff.
 */
import { parseDocument } from 'yaml';
import { caseFields, type CaseField, type FieldPart } from '../../schemas/case-fields.ts';
import { partName } from '../../schemas/field-values.ts';
import { readCaseSource } from '../checker/source.ts';
import { updateCaseFile } from './edit-case.ts';
import { emptyFormState, formToCase, type FormState } from './form-model.ts';
import type { Yamlish } from './serialize.ts';

/** A case file opened for editing: its text, its fields and body as read, and where it lives. */
export interface OpenedCase {
	/** The file's path in the repository (`content/cases/<id>.mdx`). */
	file: string;
	/** The file's text as published. */
	original: string;
	fields: Record<string, Yamlish>;
	body: string;
}

export function openCaseText(file: string, original: string): OpenedCase {
	const source = readCaseSource(file, original);
	const closing = original.lastIndexOf('\n---', source.bodyOffset - 1) + 1;
	const yaml = source.hasFrontmatter ? original.slice(source.yamlOffset, closing) : '';
	const data = parseDocument(yaml).toJS() as unknown;
	const fields =
		data && typeof data === 'object' && !Array.isArray(data)
			? (data as Record<string, Yamlish>)
			: {};
	return { file, original, fields, body: source.body.trim() };
}

const text = (value: unknown) =>
	value === undefined || value === null ? '' : Array.isArray(value) ? '' : String(value);
const list = (value: unknown) => (Array.isArray(value) ? value.map(text) : []);
const object = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: {};

/** A column's or part's control value: its text, its lines one per line, the checked options. */
function partControl(part: FieldPart, value: unknown): string | string[] {
	if (part.shape === 'lines') return list(value).join('\n');
	if (part.shape === 'choices') return list(value);
	// A perception is a number in the file and a select's text in the form.
	if (part.shape === 'scale') return typeof value === 'number' ? String(value) : '';
	return text(value);
}

function registryControls(
	field: CaseField,
	value: unknown,
): [string, string | string[] | Record<string, string | string[]>[]][] {
	if (field.shape === 'rows')
		return [
			[
				field.key,
				(Array.isArray(value) ? value : []).map((row) =>
					Object.fromEntries(
						(field.columns ?? []).map((column) => [
							column.key,
							partControl(column, object(row)[column.key]),
						]),
					),
				),
			],
		];
	if (field.shape === 'record')
		return (field.parts ?? []).map((part) => [
			partName(field, part),
			partControl(part, object(value)[part.key]),
		]);
	if (field.shape === 'lines') return [[field.key, list(value).join('\n')]];
	if (field.shape === 'text' || field.shape === 'choice') return [[field.key, text(value)]];
	return [];
}

/** The form's state for a case's fields and body; `knownTags` are the ones the form shows as boxes. */
export function caseToForm(
	fields: Record<string, Yamlish>,
	body: string,
	knownTags: readonly string[],
	registry: readonly CaseField[] = caseFields,
): FormState {
	const state = emptyFormState(text(fields.published), registry);
	for (const field of registry) {
		if (field.shape === 'special' || !(field.key in fields)) continue;
		for (const [name, value] of registryControls(field, fields[field.key])) state[name] = value;
	}
	const time = object(fields.time);
	const tags = list(fields.tags);
	const people = (Array.isArray(fields.people) ? fields.people : []).map((person) => {
		const p = object(person);
		return { name: text(p.name), role: text(p.role), side: text(p.side) || 'customer' };
	});
	const grid = list(fields.grid).map((code) => ({ code }));
	return {
		...state,
		kind: fields.kind === 'scqa' ? 'scqa' : 'mot',
		id: text(fields.id),
		title: text(fields.title),
		summary: text(fields.summary),
		grid: grid.length ? grid : state.grid,
		timeStart: text(time.start),
		timeEnd: text(time.end),
		place: text(fields.place),
		people: people.length ? people : state.people,
		industry: text(fields.industry),
		tags: tags.filter((tag) => knownTags.includes(tag)),
		tagsOther: tags.filter((tag) => !knownTags.includes(tag)).join('、'),
		scope: text(fields.scope) || 'external',
		outcome: text(fields.outcome),
		perception: text(fields.perception),
		servqual: list(fields.servqual),
		body,
		related: list(fields.related).join(' '),
		aliases: list(fields.aliases).join(' '),
		authors: list(fields.authors).join('、'),
		published: text(fields.published),
		updated: text(fields.updated),
	};
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The file after the author's edits: each field whose form value differs from `baseline` (the
 * form as the file filled it) takes the form's value, each other keeps the file's (fields the
 * form does not know included); the body likewise.
 */
export function savedCaseText(opened: OpenedCase, state: FormState, baseline: FormState): string {
	const before = formToCase(baseline);
	const now = formToCase(state);
	const fields: Record<string, Yamlish> = { ...opened.fields };
	for (const key of new Set([...Object.keys(before.fields), ...Object.keys(now.fields)])) {
		if (!same(before.fields[key], now.fields[key])) fields[key] = now.fields[key];
	}
	const body = same(before.body.trim(), now.body.trim()) ? opened.body : now.body;
	return updateCaseFile(opened.original, fields, body);
}

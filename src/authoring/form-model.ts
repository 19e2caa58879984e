/**
 * The authoring form's data: what its controls hold (`FormState`), and how that becomes case
 * fields and MDX. It knows no rules: validation is the checker's, run over the MDX this
 * module writes, so the form can never accept what `npm run check` rejects.
 */
import {
	caseFields,
	plainFieldsOf,
	type CaseField,
	type CaseKind,
	type FieldPart,
} from '../../schemas/case-fields.ts';
import { emptyRow, partName, startRows } from '../../schemas/field-values.ts';
import { freeCaseId } from './scaffold.ts';
import { caseToMdx, type Yamlish } from './serialize.ts';

/**
 * The form's state: the controls below, and the registry's fields (schemas/case-fields.ts): a
 * `text` or `lines` field by its key, the text of its control (one item per line for a list); a
 * `rows` field by its key, its rows of column texts; a `record` field's parts by their control
 * names (`partName`), a text or the checked options.
 */
export type FormState = KnownFormState & { [registryField: string]: unknown };

export interface PersonRow {
	name: string;
	role: string;
	side: string;
}
/** A row of a `rows` field of the registry: its column texts by key. */
export type RegistryRow = Record<string, string>;
/** One grid code picked in the form (a cell or a point). */
export interface GridCodeRow {
	code: string;
}

/** Everything the form's controls hold, as typed (strings, checked values, repeatable rows), but the registry's fields. */
export interface KnownFormState {
	kind: 'mot' | 'scqa';
	id: string;
	title: string;
	summary: string;
	grid: GridCodeRow[];
	timeStart: string;
	timeEnd: string;
	place: string;
	people: PersonRow[];
	industry: string;
	tags: string[];
	/** Further tags, separated by commas, 、 or new lines. */
	tagsOther: string;
	scope: string;
	outcome: string;
	perception: string;
	servqual: string[];
	/** The narrative (MOT) or the longer story (SCQA), Markdown. */
	body: string;
	/** Ids separated by spaces or commas. */
	related: string;
	aliases: string;
	/** One name per line (or separated by commas or 、). */
	authors: string;
	published: string;
	updated: string;
}

/** The form's own repeatable groups and the empty row each starts with. */
const knownRows = {
	grid: { code: '' },
	people: { name: '', role: '', side: 'customer' },
} as const satisfies Record<string, RegistryRow>;

/** A repeatable group: `grid`, `people`, or a `rows` field of the registry. */
export type GroupName = string;

/** The repeatable groups of the form, in page order. */
export const groupNamesOf = (registry: readonly CaseField[] = caseFields): GroupName[] => [
	...Object.keys(knownRows),
	...registry.filter((field) => field.shape === 'rows').map((field) => field.key),
];
export const groupNames = groupNamesOf();

/** The empty row "add" appends to a group. */
export function rowTemplate(
	group: GroupName,
	registry: readonly CaseField[] = caseFields,
): RegistryRow {
	if (group in knownRows) return { ...knownRows[group as keyof typeof knownRows] };
	const field = registry.find((f) => f.key === group);
	return field ? emptyRow(field) : {};
}

/** The registry's fields as the form shows them: the kind's own in its fieldset, the shared ones with the closing fields. */
export function formPlainFields(
	kind: CaseKind,
	where: 'own' | 'shared',
	registry: readonly CaseField[] = caseFields,
): CaseField[] {
	return plainFieldsOf(kind, registry).filter(
		(field) => (field.kinds.length === 1) === (where === 'own'),
	);
}

/** Every registry field starts empty, `rows` with its starting rows (a field added there needs no change here). */
const emptyRegistryFields = (registry: readonly CaseField[]) =>
	Object.fromEntries(
		registry.flatMap((field): [string, unknown][] => {
			if (field.shape === 'rows') return [[field.key, startRows(field)]];
			if (field.shape === 'record')
				return (field.parts ?? []).map((part) => [
					partName(field, part),
					part.shape === 'choices' ? [] : '',
				]);
			return field.shape === 'special' ? [] : [[field.key, '']];
		}),
	);

export function emptyFormState(
	published: string,
	registry: readonly CaseField[] = caseFields,
): FormState {
	return {
		...emptyRegistryFields(registry),
		kind: 'mot',
		id: '',
		title: '',
		summary: '',
		grid: [{ code: '' }],
		timeStart: '',
		timeEnd: '',
		place: '',
		people: [
			{ name: '', role: '', side: 'customer' },
			{ name: '', role: '', side: 'staff' },
		],
		industry: '',
		tags: [],
		tagsOther: '',
		scope: 'external',
		outcome: '',
		perception: '',
		servqual: [],
		body: '',
		related: '',
		aliases: '',
		authors: '',
		published,
		updated: '',
	};
}

const lines = (text: string) =>
	text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
const words = (text: string) =>
	text
		.split(/[\s,,、;;]+/)
		.map((word) => word.trim())
		.filter(Boolean);
const names = (text: string) =>
	text
		.split(/[\n,,、;;]+/)
		.map((name) => name.trim())
		.filter(Boolean);
const hasText = (row: object) =>
	Object.values(row).some((value) => typeof value === 'string' && value.trim() !== '');
const optional = <T>(list: T[]) => (list.length ? list : undefined);

/**
 * Which form row a list item came from: rows left empty are dropped from the file, so item 1
 * of `people` may be row 2 of the form.
 */
export type RowMap = Record<GroupName, number[]>;

export interface FormCase {
	fields: Record<string, Yamlish>;
	body: string;
	rows: RowMap;
}

const textOf = (raw: unknown) => (typeof raw === 'string' ? raw : '');
const listOf = (raw: unknown) => (Array.isArray(raw) ? raw.map(String) : []);
const isEmpty = (value: Yamlish) =>
	value === undefined ||
	value === '' ||
	(Array.isArray(value) && value.length === 0) ||
	(typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isEmpty));

/** A column's or part's value from its control: trimmed text, one item per line, an option, the checked options. */
function partValue(part: FieldPart, raw: unknown): Yamlish {
	if (part.shape === 'lines') return lines(textOf(raw));
	// A perception comes from its select as text: a number, or left out when none is chosen.
	if (part.shape === 'scale') return textOf(raw) === '' ? undefined : Number(textOf(raw));
	if (part.shape === 'choices') return listOf(raw);
	return part.shape === 'choice' ? textOf(raw) : textOf(raw).trim();
}

/**
 * A registry field from the form: rows with some text (the rest dropped, noted in `rows`), a
 * record's parts, a text or its lines. Optional ones are left out when empty, required ones
 * kept (even empty) so the checker names them.
 */
function registryValue(
	field: CaseField,
	state: Record<string, unknown>,
	keep: (
		group: GroupName,
		list: RegistryRow[],
		filled: (row: RegistryRow) => boolean,
	) => RegistryRow[],
): Yamlish {
	const columns = field.columns ?? [];
	const value: Yamlish =
		field.shape === 'rows'
			? keep(
					field.key,
					Array.isArray(state[field.key]) ? (state[field.key] as RegistryRow[]) : [],
					// A row counts when a text of it is filled: a chosen option alone is the empty row's default.
					(row) =>
						columns.some(
							(c) =>
								(c.shape === 'text' || c.shape === 'lines') && textOf(row[c.key]).trim() !== '',
						),
				).map((row) =>
					Object.fromEntries(
						columns.flatMap((c) => {
							const item = partValue(c, row[c.key]);
							return c.optional && isEmpty(item) ? [] : [[c.key, item]];
						}),
					),
				)
			: field.shape === 'record'
				? Object.fromEntries(
						(field.parts ?? []).flatMap((part) => {
							const item = partValue(part, state[partName(field, part)]);
							return part.optional && isEmpty(item) ? [] : [[part.key, item]];
						}),
					)
				: field.shape === 'lines'
					? lines(textOf(state[field.key]))
					: textOf(state[field.key]).trim();
	return field.required || !isEmpty(value) ? value : undefined;
}

/** The case the form describes: empty optional parts left out, required ones kept (even empty) so the checker names them. */
export function formToCase(
	state: FormState,
	registry: readonly CaseField[] = caseFields,
): FormCase {
	const rows = {} as RowMap;
	const keep = <T extends object>(
		group: GroupName,
		list: T[],
		filled: (row: T) => boolean = hasText,
	) => {
		rows[group] = [];
		return list.filter((row, index) => (filled(row) ? rows[group]!.push(index) : false));
	};
	const registryValues = (where: 'own' | 'shared') =>
		Object.fromEntries(
			formPlainFields(state.kind, where, registry).map((field) => [
				field.key,
				registryValue(field, state as Record<string, unknown>, keep),
			]),
		);
	const grid = keep('grid', state.grid, (row) => row.code !== '').map((row) => row.code);
	const people = keep(
		'people',
		state.people,
		(row) => row.name.trim() !== '' || row.role.trim() !== '',
	).map((p) => ({ name: p.name.trim(), role: p.role.trim(), side: p.side }));
	const tags = [...new Set([...state.tags, ...names(state.tagsOther)])];

	const shared: Record<string, Yamlish> = {
		id: state.id.trim(),
		kind: state.kind,
		title: state.title.trim(),
		summary: state.summary.trim(),
		grid,
		time: { start: state.timeStart.trim(), end: state.timeEnd.trim() || undefined },
		place: state.place.trim(),
		people,
		industry: state.industry || undefined,
		tags: optional(tags),
		scope: state.scope && state.scope !== 'external' ? state.scope : undefined,
		outcome: state.outcome || undefined,
		perception: state.perception === '' ? undefined : Number(state.perception),
		servqual: optional(state.servqual),
	};
	const closing: Record<string, Yamlish> = {
		...registryValues('shared'),
		related: optional(words(state.related)),
		aliases: optional(words(state.aliases)),
		authors: names(state.authors),
		published: state.published.trim(),
		updated: state.updated.trim() || undefined,
	};
	return { fields: { ...shared, ...registryValues('own'), ...closing }, body: state.body, rows };
}

export function formToMdx(state: FormState): string {
	const { fields, body } = formToCase(state);
	return caseToMdx(fields, body);
}

/**
 * A checker field path (`people[1].name`) as the form's path (`people[2].name`): list items
 * become the rows they came from.
 */
export function formFieldPath(field: string, rows: RowMap): string {
	return field.replace(/^(\w+)\[(\d+)\]/, (whole, group: string, index: string) => {
		const map = rows[group as GroupName];
		const row = map?.[Number(index)];
		return row === undefined ? whole : `${group}[${row}]`;
	});
}

/** The path itself, then ever shorter prefixes: `people[1].name`, `people[1]`, `people`. */
export function fieldPathCandidates(field: string): string[] {
	const candidates = [field];
	let rest = field;
	while (rest) {
		const cut = Math.max(rest.lastIndexOf('.'), rest.lastIndexOf('['));
		if (cut <= 0) break;
		rest = rest.slice(0, cut);
		candidates.push(rest);
	}
	return candidates;
}

/** A short, stable code for a text (FNV-1a, base 36): the same title gives the same id. */
function shortCode(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return (hash >>> 0).toString(36).padStart(7, '0').slice(-5);
}

/**
 * The id the form suggests, from the title: a Latin title (or the English title) as words
 * (`gold-card-lounge`); a Chinese one as the primary grid point and a short code of the title
 * (`c1-2-k3f9p`; a pinyin library was 145 KB gzip, more than the form's own script). No title
 * yet: the point and the date, as `npm run new` does. Made free against `taken`.
 */
export function suggestedId(
	state: Pick<FormState, 'grid' | 'published' | 'title'> & { enTitle?: unknown },
	taken: ReadonlySet<string>,
): string {
	const grid = state.grid.map((row) => row.code).filter(Boolean);
	const published = /^\d{4}-\d{2}-\d{2}$/.test(state.published) ? state.published : undefined;
	const title = state.title.trim();
	const english = typeof state.enTitle === 'string' ? state.enTitle.trim() : '';
	const latin = [title, english].find((text) => /^[\x20-\x7e]+$/.test(text) && /[a-z]/i.test(text));
	if (latin) return freeCaseId(taken, { title: latin, grid, published });
	if (!title) return freeCaseId(taken, { grid, published });
	const point = (grid[0] ?? 'case').toLowerCase().replace('.', '-');
	return freeCaseId(taken, { id: undefined, title: `${point}-${shortCode(title)}`, grid });
}

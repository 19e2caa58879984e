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
} from '../../schemas/case-fields.ts';
import { freeCaseId } from './scaffold.ts';
import { caseToMdx, type Yamlish } from './serialize.ts';

/**
 * The form's state: the controls above, and the registry's plain fields (schemas/case-fields.ts)
 * by key, each the text of its control — one item per line for a list.
 */
export type FormState = KnownFormState & { [plainField: string]: unknown };

export interface PersonRow {
	name: string;
	role: string;
	side: string;
}
export interface DemandRow {
	type: string;
	text: string;
}
export interface GapRow {
	demand: string;
	reason: string;
}
/** One grid code picked in the form (a cell or a point). */
export interface GridCodeRow {
	code: string;
}

/** Everything the form's controls hold, as typed (strings, checked values, repeatable rows), but the plain fields. */
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
	demands: DemandRow[];
	gaps: GapRow[];
	keyCritical: string;
	keySecondary: string;
	keyBasic: string;
	/** One step per line. */
	steps: string;
	remedies: string[];
	value: string;
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

/** The repeatable groups and the empty row each starts with. */
export const rowTemplates = {
	grid: { code: '' },
	people: { name: '', role: '', side: 'customer' },
	demands: { type: 'request', text: '' },
	gaps: { demand: '', reason: '' },
} as const satisfies Record<string, Record<string, string>>;
export type GroupName = keyof typeof rowTemplates;
export const groupNames = Object.keys(rowTemplates) as GroupName[];

/** The registry's plain fields as the form shows them: the kind's own in its fieldset, the shared ones with the closing fields. */
export function formPlainFields(
	kind: CaseKind,
	where: 'own' | 'shared',
	registry: readonly CaseField[] = caseFields,
): CaseField[] {
	return plainFieldsOf(kind, registry).filter(
		(field) => (field.kinds.length === 1) === (where === 'own'),
	);
}

/** Every plain field of the registry starts empty (a field added there needs no change here). */
const emptyPlainFields = (registry: readonly CaseField[]) =>
	Object.fromEntries(
		registry.filter((field) => field.shape !== 'special').map((field) => [field.key, '']),
	);

export function emptyFormState(
	published: string,
	registry: readonly CaseField[] = caseFields,
): FormState {
	return {
		...emptyPlainFields(registry),
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
		demands: [
			{ type: 'request', text: '' },
			{ type: 'need', text: '' },
			{ type: 'claim', text: '' },
		],
		gaps: [{ demand: '', reason: '' }],
		keyCritical: '',
		keySecondary: '',
		keyBasic: '',
		processChanges: '',
		insights: '',
		situation: '',
		complication: '',
		question: '',
		steps: '',
		remedies: [],
		value: '',
		body: '',
		questions: '',
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

/** The case the form describes: empty optional parts left out, required ones kept (even empty) so the checker names them. */
/** A plain field from its control: one trimmed text, or one item per line; optional ones left out when empty. */
function plainValue(field: CaseField, raw: unknown): Yamlish {
	const value = typeof raw === 'string' ? raw : '';
	const result = field.shape === 'lines' ? lines(value) : value.trim();
	return field.required ? result : result.length ? result : undefined;
}

const plainValues = (state: FormState, fields: readonly CaseField[]) =>
	Object.fromEntries(
		fields.map((field) => [
			field.key,
			plainValue(field, (state as unknown as Record<string, unknown>)[field.key]),
		]),
	);

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
		return list.filter((row, index) => (filled(row) ? rows[group].push(index) : false));
	};
	const grid = keep('grid', state.grid, (row) => row.code !== '').map((row) => row.code);
	const people = keep(
		'people',
		state.people,
		(row) => row.name.trim() !== '' || row.role.trim() !== '',
	).map((p) => ({ name: p.name.trim(), role: p.role.trim(), side: p.side }));
	const demands = keep('demands', state.demands, (row) => row.text.trim() !== '').map((d) => ({
		type: d.type,
		text: d.text.trim(),
	}));
	const gaps = keep('gaps', state.gaps).map((g) => ({
		demand: g.demand.trim(),
		reason: g.reason.trim(),
	}));
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
	const own: Record<string, Yamlish> =
		state.kind === 'mot'
			? {
					demands,
					gaps,
					keyPoints: {
						critical: state.keyCritical.trim(),
						secondary: state.keySecondary.trim(),
						basic: state.keyBasic.trim(),
					},
					...plainValues(state, formPlainFields('mot', 'own', registry)),
				}
			: {
					...plainValues(state, formPlainFields('scqa', 'own', registry)),
					answer: {
						steps: lines(state.steps),
						remedies: state.remedies,
						value: state.value.trim(),
					},
				};
	const closing: Record<string, Yamlish> = {
		...plainValues(state, formPlainFields(state.kind, 'shared', registry)),
		related: optional(words(state.related)),
		aliases: optional(words(state.aliases)),
		authors: names(state.authors),
		published: state.published.trim(),
		updated: state.updated.trim() || undefined,
	};
	return { fields: { ...shared, ...own, ...closing }, body: state.body, rows };
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

/** The id `npm run new` would pick: the primary cell and the date (`c2-3-20261123`), made free. */
export function suggestedId(
	state: Pick<FormState, 'grid' | 'published'>,
	taken: ReadonlySet<string>,
): string {
	const grid = state.grid.map((row) => row.code).filter(Boolean);
	const published = /^\d{4}-\d{2}-\d{2}$/.test(state.published) ? state.published : undefined;
	return freeCaseId(taken, { grid, published });
}

/**
 * One renderer for a case's sections, shared by the case page (CaseArticle.astro renders the
 * nodes as Astro elements) and the form's live preview (src/client/author/preview.ts builds
 * DOM nodes): pure functions from case data to a small element tree, so both show the same
 * markup with the same classes. Text is always a text node; nothing is parsed as HTML.
 * Every field renders from its registry entry (schemas/case-fields.ts) alone, by its shape.
 */
import {
	caseFields,
	fieldsOf,
	type CaseField,
	type CaseKind,
	type FieldPart,
} from '../../schemas/case-fields.ts';
import { peopleSides } from '../../schemas/course-vocabulary.ts';
import { optionLabel } from '../../schemas/field-values.ts';
import { sameInEvery, type Label, type Locale } from '../../schemas/locales.ts';
import { signedNumber } from '../../schemas/limits.ts';
import { formatTimeRange } from './format.ts';
import { perceptionCurve } from './perception-curve.ts';
import { formatList } from '../i18n/translate.ts';

/** An element, a text, or a place the host fills (the Markdown body, the related-case cards). */
export type ViewNode = string | ViewElement | { slot: 'body' | 'related' };
export interface ViewElement {
	tag: string;
	attrs?: Record<string, string>;
	children?: ViewNode[];
}

/** A case section: its stable anchor, its heading, and its content. */
export interface SectionView {
	id: string;
	label: Label;
	content: ViewNode[];
}

/** Words of the page that are not field names. */
export interface ViewLabels {
	facts: Label;
	narrative: Label;
	story: Label;
	/** Before a perception curve's values, with its colon: "客户感知：". */
	curve: Label;
	/** The link from a section to the guide chapter that explains it. */
	guide: Label;
}

/** The parts of a case the sections read, as loose as a half-filled form holds them. */
export type CaseLike = { kind: CaseKind } & Record<string, unknown>;

const el = (
	tag: string,
	attrs: Record<string, string> | undefined,
	...children: ViewNode[]
): ViewElement => ({ tag, ...(attrs ? { attrs } : {}), children });
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: {};

function factsContent(
	data: CaseLike,
	lang: Locale,
	fieldLabel: (key: string) => Label,
): ViewNode[] {
	const time = record(data.time);
	const start = text(time.start);
	const end = text(time.end) || undefined;
	const people = list(data.people).map(record);
	return [
		el(
			'dl',
			{ class: 'facts' },
			el('dt', undefined, fieldLabel('time')[lang]),
			el(
				'dd',
				undefined,
				start ? el('time', { datetime: start }, formatTimeRange(start, end)) : '',
			),
			el('dt', undefined, fieldLabel('place')[lang]),
			el('dd', undefined, text(data.place)),
			el('dt', undefined, fieldLabel('people')[lang]),
			el(
				'dd',
				undefined,
				el(
					'ul',
					{ class: 'people' },
					...people.map((person) =>
						el(
							'li',
							undefined,
							`${text(person.name)} · ${text(person.role)} `,
							el(
								'span',
								{ class: 'side' },
								peopleSides.label(text(person.side) as never)?.[lang] ?? text(person.side),
							),
						),
					),
				),
			),
		),
	];
}

/** The markup of a `rows` field: a table, one group per option of its first `choice` column, or a perception curve. */
function rowsContent(
	field: CaseField,
	value: unknown,
	lang: Locale,
	labels: ViewLabels,
): ViewNode[] {
	const rows = list(value).map(record);
	const columns = field.columns ?? [];
	const cls = field.css?.class ? { class: field.css.class } : undefined;
	if (field.layout === 'curve') {
		const of = (shape: FieldPart['shape']) => columns.find((column) => column.shape === shape)!;
		const [step, said, scale] = [of('choice'), of('text'), of('scale')];
		return [
			perceptionCurve(
				rows.map((row) => ({
					step: row[step.key],
					text: row[said.key],
					perception: row[scale.key],
				})),
				lang,
				{ caption: labels.curve, step: step.label, text: said.label, perception: scale.label },
			),
		];
	}
	if (field.layout === 'grouped') {
		const by = columns.find((column) => column.shape === 'choice')!;
		const shown = columns.filter((column) => column !== by);
		return (by.options?.list ?? []).flatMap((option) => {
			const items = rows.filter((row) => row[by.key] === option.key);
			return items.length
				? [
						el(
							'div',
							{ ...cls, [`data-${by.key}`]: option.key },
							el('h3', undefined, option.label[lang]),
							el(
								'ul',
								undefined,
								...items.map((row) =>
									el(
										'li',
										undefined,
										...shown.flatMap((column): ViewNode[] =>
											column.shape !== 'choice'
												? [text(row[column.key])]
												: // A second choice (a demand's KANO layer) is a tag after the text.
													text(row[column.key])
													? [
															' ',
															el(
																'span',
																{
																	class: 'tag-choice',
																	[`data-${column.key}`]: text(row[column.key]),
																},
																optionLabel(column.options, text(row[column.key]))[lang],
															),
														]
													: [],
										),
									),
								),
							),
						),
					]
				: [];
		});
	}
	return [
		el(
			'table',
			cls,
			el(
				'thead',
				undefined,
				el(
					'tr',
					undefined,
					...columns.map((column) => el('th', { scope: 'col' }, column.label[lang])),
				),
			),
			el(
				'tbody',
				undefined,
				...rows.map((row) =>
					el(
						'tr',
						undefined,
						...columns.map((column) =>
							el('td', undefined, partText(column, row[column.key], lang)),
						),
					),
				),
			),
		),
	];
}

/** A column's or part's value as one text (an option as its label). */
const partText = (part: FieldPart, value: unknown, lang: Locale) =>
	part.shape === 'choice'
		? optionLabel(part.options, text(value))[lang]
		: part.shape === 'scale'
			? typeof value === 'number'
				? signedNumber(value)
				: ''
			: Array.isArray(value)
				? formatList(
						lang,
						value.map((item) =>
							part.shape === 'choices' ? optionLabel(part.options, text(item))[lang] : text(item),
						),
					)
				: text(value);

/** A part of a `headed` record: a list (an option as its label, its key in `data-<attr>`) or a paragraph. */
function partContent(part: FieldPart, value: unknown, lang: Locale): ViewNode {
	if (part.shape === 'text' || part.shape === 'choice')
		return el('p', undefined, partText(part, value, lang));
	const items = list(value).map((item) =>
		part.shape === 'choices'
			? el(
					'li',
					part.css?.attr ? { [`data-${part.css.attr}`]: text(item) } : undefined,
					optionLabel(part.options, text(item))[lang],
				)
			: el('li', undefined, text(item)),
	);
	return el(
		part.list === 'ordered' ? 'ol' : 'ul',
		part.css?.class ? { class: part.css.class } : undefined,
		...items,
	);
}

/** The markup of a `record` field: each part under its heading, or each a paragraph led by its label. */
function recordContent(field: CaseField, value: unknown, lang: Locale): ViewNode[] {
	const parts = field.parts ?? [];
	const data = record(value);
	if (field.layout === 'headed')
		return parts.flatMap((part) => [
			el('h3', undefined, part.label[lang]),
			partContent(part, data[part.key], lang),
		]);
	const css = field.css ?? {};
	return [
		el(
			'div',
			css.class ? { class: css.class } : undefined,
			...parts.flatMap((part) => {
				const given = partText(part, data[part.key], lang).trim() !== '';
				// An optional part left out shows as missing when the field says so: the step not taken is the lesson.
				if (!given && part.optional && !field.missing) return [];
				return [
					el(
						'p',
						{
							...(css.item ? { class: css.item } : {}),
							...(css.attr ? { [`data-${css.attr}`]: part.key } : {}),
							...(!given && part.optional ? { 'data-missing': '' } : {}),
						},
						el('strong', undefined, part.label[lang]),
						!given && part.optional && field.missing
							? el('em', undefined, field.missing[lang])
							: partText(part, data[part.key], lang),
					),
				];
			}),
		),
	];
}

/** A field's markup from its registry entry: a paragraph, a list, rows or a record; related cases are the host's. */
function fieldContent(
	field: CaseField,
	value: unknown,
	lang: Locale,
	labels: ViewLabels,
): ViewNode[] {
	switch (field.shape) {
		case 'text':
			return [el('p', undefined, text(value))];
		case 'lines':
			return [
				el(
					field.list === 'ordered' ? 'ol' : 'ul',
					undefined,
					...list(value).map((item) => el('li', undefined, text(item))),
				),
			];
		case 'rows':
			return rowsContent(field, value, lang, labels);
		case 'record':
			return recordContent(field, value, lang);
		default:
			return [{ slot: 'related' }];
	}
}

const isFilled = (value: unknown) =>
	Array.isArray(value)
		? value.length > 0
		: typeof value === 'string'
			? value.trim() !== ''
			: value !== undefined && value !== null;

/**
 * The sections of a case in reading order: the facts; for MOT the account first (part 1 of the
 * course's template); the kind's own parts in registry order; for SCQA the longer story after
 * its four parts; then the shared parts (in registry order) when filled.
 */
export function caseView(
	data: CaseLike,
	options: {
		lang: Locale;
		labels: ViewLabels;
		hasBody: boolean;
		registry?: readonly CaseField[];
		/** The URL of a guide chapter: a section with a `guide` links to it (the preview has none). */
		guideUrl?: (slug: string) => string;
	},
): SectionView[] {
	const { lang, labels, hasBody, registry = caseFields, guideUrl } = options;
	const fields = fieldsOf(data.kind, registry);
	const fieldLabel = (key: string) =>
		registry.find((field) => field.key === key)?.label ?? sameInEvery(key);
	const sections: SectionView[] = [
		{ id: 'facts', label: labels.facts, content: factsContent(data, lang, fieldLabel) },
	];
	const body: SectionView =
		data.kind === 'mot'
			? {
					id: 'narrative',
					label: labels.narrative,
					content: [el('div', { class: 'narrative' }, { slot: 'body' })],
				}
			: {
					id: 'story',
					label: labels.story,
					content: [el('div', { class: 'narrative' }, { slot: 'body' })],
				};
	if (data.kind === 'mot') sections.push(body);
	const own = fields.filter((field) => field.section && field.kinds.length === 1);
	const shared = fields.filter((field) => field.section && field.kinds.length > 1);
	const sectionOf = (field: CaseField): SectionView[] => {
		const value = data[field.key];
		if (!field.required && !isFilled(value)) return [];
		return [
			{
				id: field.section!,
				label: field.label,
				content: [
					...fieldContent(field, value, lang, labels),
					...(field.guide && guideUrl
						? [
								el(
									'p',
									{ class: 'guide-link' },
									el('a', { href: guideUrl(field.guide) }, labels.guide[lang]),
								),
							]
						: []),
				],
			},
		];
	};
	sections.push(...own.flatMap(sectionOf));
	if (data.kind === 'scqa' && hasBody) sections.push(body);
	sections.push(...shared.flatMap(sectionOf));
	return sections;
}

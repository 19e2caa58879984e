/**
 * One renderer for a case's sections, shared by the case page (CaseArticle.astro renders the
 * nodes as Astro elements) and the form's live preview (src/client/author/preview.ts builds
 * DOM nodes): pure functions from case data to a small element tree, so both show the same
 * markup with the same classes. Text is always a text node; nothing is parsed as HTML.
 * Plain registry fields (schemas/case-fields.ts) render from their entry alone.
 */
import { caseFields, fieldsOf, type CaseField, type CaseKind } from '../../schemas/case-fields.ts';
import {
	demandTypes,
	keyPointLevels,
	peopleSides,
	remedyStrategies,
} from '../../schemas/course-vocabulary.ts';
import { sameInEvery, type Label, type Locale } from '../../schemas/locales.ts';
import { formatTimeRange } from './format.ts';

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
	gapDemand: Label;
	gapReason: Label;
	steps: Label;
	remedies: Label;
	value: Label;
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

/** The markup of a field that renders specially; undefined for plain fields. */
function specialContent(
	field: CaseField,
	data: CaseLike,
	lang: Locale,
	labels: ViewLabels,
): ViewNode[] | undefined {
	switch (field.key) {
		case 'demands': {
			const demands = list(data.demands).map(record);
			return demandTypes.list.flatMap((type) => {
				const items = demands.filter((d) => d.type === type.key);
				return items.length
					? [
							el(
								'div',
								{ class: 'demand-group', 'data-type': type.key },
								el('h3', undefined, type.label[lang]),
								el('ul', undefined, ...items.map((d) => el('li', undefined, text(d.text)))),
							),
						]
					: [];
			});
		}
		case 'gaps':
			return [
				el(
					'table',
					{ class: 'gaps' },
					el(
						'thead',
						undefined,
						el(
							'tr',
							undefined,
							el('th', { scope: 'col' }, labels.gapDemand[lang]),
							el('th', { scope: 'col' }, labels.gapReason[lang]),
						),
					),
					el(
						'tbody',
						undefined,
						...list(data.gaps)
							.map(record)
							.map((gap) =>
								el(
									'tr',
									undefined,
									el('td', undefined, text(gap.demand)),
									el('td', undefined, text(gap.reason)),
								),
							),
					),
				),
			];
		case 'keyPoints': {
			const points = record(data.keyPoints);
			return [
				el(
					'div',
					{ class: 'keypoints' },
					...keyPointLevels.list.map((level) =>
						el(
							'p',
							{ class: 'keypoint', 'data-level': level.key },
							el('strong', undefined, level.label[lang]),
							text(points[level.key]),
						),
					),
				),
			];
		}
		case 'answer': {
			const answer = record(data.answer);
			return [
				el('h3', undefined, labels.steps[lang]),
				el('ol', undefined, ...list(answer.steps).map((step) => el('li', undefined, text(step)))),
				el('h3', undefined, labels.remedies[lang]),
				el(
					'ul',
					{ class: 'remedies' },
					...list(answer.remedies).map((key) =>
						el(
							'li',
							{ 'data-remedy': text(key) },
							remedyStrategies.label(text(key) as never)?.[lang] ?? text(key),
						),
					),
				),
				el('h3', undefined, labels.value[lang]),
				el('p', undefined, text(answer.value)),
			];
		}
		case 'related':
			return [{ slot: 'related' }];
		default:
			return undefined;
	}
}

/** A plain field from its registry entry: a paragraph, or a numbered or bulleted list. */
function plainContent(field: CaseField, value: unknown): ViewNode[] {
	if (field.shape === 'text') return [el('p', undefined, text(value))];
	return [
		el(
			field.list === 'ordered' ? 'ol' : 'ul',
			undefined,
			...list(value).map((item) => el('li', undefined, text(item))),
		),
	];
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
 * the answer; then the shared parts (questions, related) when filled.
 */
export function caseView(
	data: CaseLike,
	options: { lang: Locale; labels: ViewLabels; hasBody: boolean; registry?: readonly CaseField[] },
): SectionView[] {
	const { lang, labels, hasBody, registry = caseFields } = options;
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
				content: specialContent(field, data, lang, labels) ?? plainContent(field, value),
			},
		];
	};
	sections.push(...own.flatMap(sectionOf));
	if (data.kind === 'scqa' && hasBody) sections.push(body);
	sections.push(...shared.flatMap(sectionOf));
	return sections;
}

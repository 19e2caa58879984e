/**
 * The course's concepts and where the handbook holds each one: its guide chapter, the case
 * field that records it, and how to tell that a case uses it. The guides index (the course
 * coverage table), each guide's "cases that show this" list and the case page's links to the
 * chapters read this list, so a concept is mapped once.
 */
import {
	clearSteps,
	discStyles,
	serviceLevels,
	touchpoints,
	type Term,
} from '../../schemas/course-vocabulary.ts';
import type { Label, Locale } from '../../schemas/locales.ts';

/** Case data as loose as pages hold it before every field is typed. */
export type CaseRecord = Record<string, unknown>;

export interface CourseConcept {
	key: string;
	label: Label;
	/** The guide chapter's slug (`content/guides/<slug>.mdx`). */
	guide: string;
	/** The case field that records it, as written in a case (`demands[].kano`); absent: no field does. */
	field?: string;
	/** Whether a case uses the concept; absent when no field records it. */
	uses?: (data: CaseRecord) => boolean;
	/** What the case records for it, in a few words, beside the case in the chapter's list. */
	detail?: (data: CaseRecord, lang: Locale) => string | undefined;
}

/** A term's label for a stored key, or nothing when the key is not one. */
const termLabel =
	(key: string, list: readonly Term[]) =>
	(data: CaseRecord, lang: Locale): string | undefined =>
		list.find((term) => term.key === data[key])?.label[lang];

const filled = (value: unknown): boolean =>
	Array.isArray(value)
		? value.length > 0
		: typeof value === 'object' && value !== null
			? Object.keys(value).length > 0
			: value !== undefined && value !== null && value !== '';

const has = (key: string) => (data: CaseRecord) => filled(data[key]);

export const courseConcepts: readonly CourseConcept[] = [
	{
		key: 'mot',
		label: { zh: '关键时刻与六段式案例', en: 'Moments of truth, the six-part case' },
		guide: 'writing-an-mot-case',
		field: 'kind: mot',
		uses: (data) => data.kind === 'mot',
	},
	{
		key: 'grid',
		label: { zh: '客户旅程方格与致命的次序', en: 'The journey grid and its fatal order' },
		guide: 'the-journey-grid',
		field: 'grid',
		uses: has('grid'),
	},
	{
		key: 'five-w',
		label: { zh: '5W 分析', en: 'The 5 Ws' },
		guide: 'five-w-analysis',
		field: 'time, place, people',
		uses: (data) => has('time')(data) && has('place')(data) && has('people')(data),
	},
	{
		key: 'scqa',
		label: { zh: 'SCQA 与六种补救策略', en: 'SCQA and the six remedies' },
		guide: 'writing-an-scqa-case',
		field: 'answer.remedies',
		uses: (data) => data.kind === 'scqa',
	},
	{
		key: 'kano',
		label: { zh: 'KANO 三层需求与三省', en: 'KANO and the three savings' },
		guide: 'kano-and-three-savings',
		field: 'demands[].kano',
		uses: (data) =>
			Array.isArray(data.demands) &&
			data.demands.some((d) => typeof (d as { kano?: unknown } | null)?.kano === 'string'),
	},
	{
		key: 'touchpoint',
		label: { zh: '场景的四个关键触点', en: 'The four touchpoints of a scene' },
		guide: 'four-touchpoints',
		field: 'touchpoint',
		uses: has('touchpoint'),
		detail: termLabel('touchpoint', touchpoints.list),
	},
	{
		key: 'perception',
		label: { zh: '客户感知 +3 … −3', en: 'Customer perception +3 … −3' },
		guide: 'interaction-and-perception',
		field: 'perception',
		uses: (data) => typeof data.perception === 'number',
	},
	{
		key: 'interaction',
		label: {
			zh: '探求、提议、行动、确认与感知曲线',
			en: 'Explore, propose, act, confirm and the perception curve',
		},
		guide: 'interaction-and-perception',
		field: 'interaction',
		uses: has('interaction'),
	},
	{
		key: 'service-level',
		label: { zh: '五级服务标准', en: 'The five service standards' },
		guide: 'service-levels',
		field: 'serviceLevel',
		uses: has('serviceLevel'),
		detail: termLabel('serviceLevel', serviceLevels.list),
	},
	{
		key: 'servqual',
		label: { zh: 'SERVQUAL 五个维度', en: 'SERVQUAL’s five dimensions' },
		guide: 'servqual',
		field: 'servqual',
		uses: has('servqual'),
	},
	{
		key: 'internal',
		label: { zh: '内部客户：下一道工序', en: 'Internal customers: the next process' },
		guide: 'internal-customers',
		field: 'scope: internal',
		uses: (data) => data.scope === 'internal' || data.scope === 'partner',
	},
	{
		key: 'clear',
		label: { zh: 'CLEAR 化解抱怨', en: 'CLEAR for complaints' },
		guide: 'clear-complaints',
		field: 'complaintHandling',
		uses: has('complaintHandling'),
		// The steps taken, in CLEAR order: a letter left out is the lesson.
		detail: (data) => {
			const taken = data.complaintHandling as Record<string, unknown> | undefined;
			return clearSteps.list
				.map((step) => (taken?.[step.key] ? step.key[0]!.toUpperCase() : '·'))
				.join('');
		},
	},
	{
		key: 'disc',
		label: { zh: 'DISC 沟通风格', en: 'DISC communication styles' },
		guide: 'disc-styles',
		field: 'customerStyle',
		uses: has('customerStyle'),
		detail: termLabel('customerStyle', discStyles.list),
	},
	{
		key: 'iceberg',
		label: {
			zh: '抱怨冰山、升级金字塔与流失的代价',
			en: 'The complaint iceberg, the escalation pyramid, the cost of a lost customer',
		},
		guide: 'complaint-iceberg',
	},
];

/** The concepts a guide chapter teaches. */
export const conceptsOfGuide = (slug: string) => courseConcepts.filter((c) => c.guide === slug);

/** How many of the cases use a concept; undefined when no field records it. */
export function conceptCount(concept: CourseConcept, cases: readonly CaseRecord[]) {
	return concept.uses ? cases.filter(concept.uses).length : undefined;
}

/** The DISC chapter and the anchor of each style's section (its heading's slug: the e2e test holds them together). */
export const discGuide = 'disc-styles';
export const discAnchors: Readonly<Record<(typeof discStyles.keys)[number], string>> = {
	D: 'd-型掌控主导',
	I: 'i-型热情表达',
	S: 's-型稳健温和',
	C: 'c-型严谨求证',
};

/**
 * Case format v1 (`schemas/case-format.md`) as a zod schema. The Astro content
 * collection, the `check` CLI and the browser form all build their validator with
 * `createCaseSchema`, so the rules exist once. Failed checks carry a message key (see
 * `src/checker/messages.ts`) rather than prose, so every caller can speak zh or en.
 */
import { z } from 'astro/zod';
import { parseGridCode, gridReferenceCodes } from './grid.ts';
import {
	clearSteps,
	demandTypes,
	discStyles,
	interactionSteps,
	kanoLevels,
	keyPointLevels,
	serviceLevels,
	touchpoints,
	outcomes,
	peopleSides,
	perceptionScale,
	remedyStrategies,
	scopes,
	servqualDimensions,
} from './course-vocabulary.ts';
import { caseIdLength, placeMinLength, summaryMaxLength, titleMaxLength } from './limits.ts';
import type { Vocabulary } from './vocabulary.ts';
import {
	caseFields,
	plainFieldsOf,
	type CaseField,
	type CaseKind,
	type FieldPart,
} from './case-fields.ts';

/** Lower-case letters, digits and hyphens, `caseIdLength` characters: the URL is `/cases/<id>/`. */
export const caseIdPattern = new RegExp(`^[a-z0-9-]{${caseIdLength.min},${caseIdLength.max}}$`);
/** `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
export const caseTimePattern = /^\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?$/;
export const caseDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Where case files live (case-format.md: one case per file). */
export const casesDir = 'content/cases';
/** The file a new case with this id is written to. */
export const caseFilePath = (id: string) => `${casesDir}/${id}.mdx`;

export { caseIdLength, placeMinLength, summaryMaxLength, titleMaxLength } from './limits.ts';

/** Counts characters as a reader does (a CJK character or an emoji is one). */
export const charCount = (text: string) => [...text].length;

/** YAML 1.1 parsers (Astro's) turn `2026-11-20` into a Date; give it back as written. */
function dateToText(value: unknown): unknown {
	if (!(value instanceof Date) || Number.isNaN(value.getTime())) return value;
	const iso = value.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
}

/** True when the text names a real calendar moment (no 2月30日, no 25:00). */
export function isRealTime(text: string): boolean {
	const [date, clock] = text.split('T');
	const [y, m, d] = date!.split('-').map(Number);
	if (!y || !m || m < 1 || m > 12) return false;
	if (d !== undefined) {
		const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
		if (d < 1 || d > last) return false;
	}
	if (clock) {
		const [hh, mm] = clock.split(':').map(Number);
		if (hh! > 23 || mm! > 59) return false;
	}
	return true;
}

/** Comparable form of a time: missing parts sort first, so `2006-04` ≤ `2006-04-22`. */
const timeKey = (text: string) => text.padEnd(16, ' ');

const text = (key: string) => z.string({ error: key }).trim().min(1, { error: 'field.empty' });
const textList = (min = 1) =>
	z
		.array(text('field.type.string'), { error: 'field.type.list' })
		.min(min, { error: 'field.list.empty' });

const timeValue = z.preprocess(
	dateToText,
	z
		.string({ error: 'time.format' })
		.regex(caseTimePattern, { error: 'time.format' })
		.refine((v) => !caseTimePattern.test(v) || isRealTime(v), { error: 'time.invalid' }),
);

const dateValue = z.preprocess(
	dateToText,
	z
		.string({ error: 'date.format' })
		.regex(caseDatePattern, { error: 'date.format' })
		.refine((v) => !caseDatePattern.test(v) || isRealTime(v), { error: 'time.invalid' }),
);

const caseId = z.string({ error: 'id.pattern' }).regex(caseIdPattern, { error: 'id.pattern' });

const gridCode = z
	.string({ error: 'grid.unknown' })
	.refine((code) => parseGridCode(code) !== undefined && gridReferenceCodes.includes(code), {
		error: 'grid.unknown',
	});

function noDuplicates<T>(key: string) {
	return (list: T[], ctx: z.RefinementCtx) => {
		const seen = new Set<T>();
		list.forEach((item, index) => {
			if (seen.has(item))
				ctx.addIssue({ code: 'custom', message: key, path: [index], params: { value: item } });
			seen.add(item);
		});
	};
}

const personSchema = z.strictObject({
	/** The person's name as the case tells it (masked or a pseudonym for customers). */
	name: text('field.type.string'),
	/** What the person is in the story: 移动金卡客户, 窗口服务员 … */
	role: text('field.type.string'),
	/** Which side of the moment the person stands on. */
	side: z.enum(peopleSides.keys),
});

/** Fields both kinds share. */
function sharedFields(vocabulary: Vocabulary) {
	const industryKeys = Object.keys(vocabulary.industries);
	return {
		/** Stable, unique, never reused: the case URL is `/cases/<id>/`. */
		id: caseId,
		/** Short title, at most 40 characters. */
		title: text('field.type.string').refine((v) => charCount(v) <= titleMaxLength, {
			error: 'title.length',
		}),
		/** One sentence, at most 120 characters: shown in lists, search results and slides. */
		summary: text('field.type.string').refine((v) => charCount(v) <= summaryMaxLength, {
			error: 'summary.length',
		}),
		/** Grid cells (`C1`) or points (`C1.2`); the first is the primary cell. */
		grid: z
			.array(gridCode, { error: 'field.type.list' })
			.min(1, { error: 'field.list.empty' })
			.superRefine(noDuplicates('grid.duplicate')),
		/** When it happened: as precise as the course asks (to the minute if known). */
		time: z.strictObject(
			{
				/** When the moment began. */
				start: timeValue,
				/** When it ended; not before `start`. */
				end: timeValue.optional(),
			},
			{ error: 'time.object' },
		),
		/** Where it happened: branch, counter or channel. */
		place: text('field.type.string').refine((v) => charCount(v) >= placeMinLength, {
			error: 'place.length',
		}),
		/** Everyone in the moment; at least one customer and one other person. */
		people: z.array(personSchema, { error: 'field.type.list' }).superRefine((list, ctx) => {
			const valid = list.filter((p) => p && typeof p === 'object');
			if (!valid.some((p) => p.side === 'customer') || valid.length < 2) {
				ctx.addIssue({ code: 'custom', message: 'people.roles' });
			}
		}),
		/** A key of `industries` in `content/vocabulary.yaml`. */
		industry: z.string({ error: 'field.type.string' }).refine((key) => industryKeys.includes(key), {
			error: 'industry.unknown',
			params: { candidates: industryKeys },
		}),
		/** Free keywords, from the vocabulary where one fits. */
		tags: z
			.array(text('field.type.string'), { error: 'field.type.list' })
			.superRefine(noDuplicates('list.duplicate'))
			.optional(),
		/** Who the customer is to us: external (default), internal, partner. */
		scope: z.enum(scopes.keys).default('external'),
		/** A model to follow, a lesson, or mixed. */
		outcome: z.enum(outcomes.keys).optional(),
		/** The customer's perception after the moment, −3 … +3. */
		perception: perceptionValue.optional(),
		/** SERVQUAL dimensions the moment touches. */
		servqual: z
			.array(z.enum(servqualDimensions.keys), { error: 'field.type.list' })
			.superRefine(noDuplicates('list.duplicate'))
			.optional(),
		/** Ids of other cases; every one must exist. */
		related: z
			.array(caseId, { error: 'field.type.list' })
			.superRefine(noDuplicates('list.duplicate'))
			.optional(),
		/** Former ids; each keeps working as a redirect to this case. */
		aliases: z
			.array(caseId, { error: 'field.type.list' })
			.superRefine(noDuplicates('list.duplicate'))
			.optional(),
		/** Who wrote the case: at least one name (a person or a team). */
		authors: textList(),
		/** Date of first publication, `YYYY-MM-DD`. */
		published: dateValue,
		/** Date of the last real change, not before `published`. */
		updated: dateValue.optional(),
	};
}

/** Fields of `kind: mot`: the six parts of the course's case template. */
const motFields = {
	/** The MOT course's six-part case template. */
	kind: z.literal('mot'),
};

/** Fields of `kind: scqa`: extracting a successful service (服务经验萃取). */
const scqaFields = {
	/** The SCQA template: situation, complication, question, answer. */
	kind: z.literal('scqa'),
};

type TimeRange = { start: string; end?: string };
type Dated = { published: string; updated?: string };

function crossFieldRules(
	data: { time: TimeRange } & Dated & { kind: string; outcome?: string; gaps?: unknown[] },
	ctx: z.RefinementCtx,
) {
	if (data.time.end && timeKey(data.time.end) < timeKey(data.time.start)) {
		ctx.addIssue({ code: 'custom', message: 'time.order', path: ['time', 'end'] });
	}
	if (data.updated && data.updated < data.published) {
		ctx.addIssue({ code: 'custom', message: 'updated.order', path: ['updated'] });
	}
	// A lesson or a mixed case always failed the customer somewhere: say where.
	if (data.kind === 'mot' && data.gaps?.length === 0 && data.outcome !== 'positive') {
		ctx.addIssue({
			code: 'custom',
			message: 'lesson.unmet',
			path: ['gaps'],
			params: { field: 'gaps', outcome: 'positive' },
		});
	}
}

/** The customer's perception, −3 … +3 (the case's, or after one step of its interaction). */
const perceptionValue = z
	.number({ error: 'perception.range' })
	.int({ error: 'perception.range' })
	.min(perceptionScale.min, { error: 'perception.range' })
	.max(perceptionScale.max, { error: 'perception.range' });

/** A column or part's rule, optional when the registry says so. */
function partSchema(part: FieldPart) {
	const schema = requiredPartSchema(part);
	return part.optional ? schema.optional() : schema;
}

/** A text, a list of texts, one option, several (no repeats), or a perception. */
function requiredPartSchema(part: FieldPart) {
	const keys = (part.options?.list ?? []).map((term) => term.key) as [string, ...string[]];
	switch (part.shape) {
		case 'scale':
			return perceptionValue;
		case 'lines':
			return textList();
		case 'choice':
			return z.enum(keys);
		case 'choices':
			return z
				.array(z.enum(keys), { error: 'field.type.list' })
				.min(1, { error: 'field.list.empty' })
				.superRefine(noDuplicates('list.duplicate'));
		default:
			return text('field.type.string');
	}
}

const partsShape = (parts: readonly FieldPart[] = []) =>
	Object.fromEntries(parts.map((part) => [part.key, partSchema(part)]));

/** A registry field's rule from its entry alone; optional unless required. */
function registryFieldSchema(field: CaseField) {
	const schema =
		field.shape === 'rows'
			? z
					.array(z.strictObject(partsShape(field.columns)), { error: 'field.type.list' })
					.min(field.minRows ?? 0, { error: 'field.list.empty' })
			: field.shape === 'record'
				? z.strictObject(partsShape(field.parts), { error: 'field.type.object' })
				: field.shape === 'choice'
					? z.enum((field.options?.list ?? []).map((term) => term.key) as [string, ...string[]])
					: field.shape === 'lines'
						? textList()
						: text('field.type.string');
	return field.required ? schema : schema.optional();
}

/**
 * The registry's fields of each kind (all but the special ones), as their data types: the
 * rules come from the registry (`registryFieldSchema`), this says what the code may rely on.
 */
/** The course's tools both kinds may record (issue 17). */
interface CourseFields {
	/** Which of the scene's four key touchpoints the moment is. */
	touchpoint?: (typeof touchpoints.keys)[number];
	/** The service standard the staff reached, Basic … Unbelievable. */
	serviceLevel?: (typeof serviceLevels.keys)[number];
	/** The customer's DISC style, when the author can tell. */
	customerStyle?: (typeof discStyles.keys)[number];
	/** Explore → propose → act → confirm: each step, what was said or done, the perception after it (−3 … +3). */
	interaction?: {
		step: (typeof interactionSteps.keys)[number];
		text: string;
		perception: number;
	}[];
	/** For a complaint, the CLEAR steps actually taken, each with its text; a step left out was not taken. */
	complaintHandling?: Partial<Record<(typeof clearSteps.keys)[number], string>>;
}

interface RegistryFields {
	mot: CourseFields & {
		/** 2. What the customer asked (要求), needed (需求), claimed (索求); at least one. */
		demands: {
			type: (typeof demandTypes.keys)[number];
			text: string;
			kano?: (typeof kanoLevels.keys)[number];
		}[];
		/** 3. What we could not meet, and why (empty only when `outcome: positive`). */
		gaps: { demand: string; reason: string }[];
		/** 4. The key points of the customer's satisfaction: most critical, secondary, basic. */
		keyPoints: Record<(typeof keyPointLevels.keys)[number], string>;
		/** 5. Process changes the case calls for, at least one. */
		processChanges: string[];
		/** 6. Lessons that carry over to every touchpoint, at least one. */
		insights: string[];
		/** Discussion questions for a class (请思考). */
		questions?: string[];
	};
	scqa: CourseFields & {
		/** S: the setting. */
		situation: string;
		/** C: the service conflict, tied to the customer's pain point. */
		complication: string;
		/** Q: what had to be solved. */
		question: string;
		/** A: the steps (at least one), the remedy strategies used (at least one, no repeats), the value created. */
		answer: {
			steps: string[];
			remedies: (typeof remedyStrategies.keys)[number][];
			value: string;
		};
		/** Discussion questions for a class (请思考). */
		questions?: string[];
	};
}
type AsSchemas<T> = {
	[K in keyof T]-?: undefined extends T[K]
		? z.ZodOptional<z.ZodType<Exclude<T[K], undefined>>>
		: z.ZodType<T[K]>;
};

/** The registry's fields of a kind, as zod shapes. */
function registryFields<K extends CaseKind>(
	kind: K,
	registry: readonly CaseField[],
): AsSchemas<RegistryFields[K]> {
	return Object.fromEntries(
		plainFieldsOf(kind, registry).map((field) => [field.key, registryFieldSchema(field)]),
	) as unknown as AsSchemas<RegistryFields[K]>;
}

/** The object schemas of each kind, for tools that need the known keys at a path. */
export function caseObjectSchemas(
	vocabulary: Vocabulary,
	registry: readonly CaseField[] = caseFields,
) {
	const shared = sharedFields(vocabulary);
	return {
		mot: z.strictObject({ ...shared, ...motFields, ...registryFields('mot', registry) }),
		scqa: z.strictObject({ ...shared, ...scqaFields, ...registryFields('scqa', registry) }),
	};
}

export function createCaseSchema(
	vocabulary: Vocabulary,
	registry: readonly CaseField[] = caseFields,
) {
	const { mot, scqa } = caseObjectSchemas(vocabulary, registry);
	return z
		.discriminatedUnion('kind', [mot, scqa], { error: 'kind.unknown' })
		.superRefine(crossFieldRules);
}

export type CaseSchema = ReturnType<typeof createCaseSchema>;
export type CaseData = z.infer<CaseSchema>;

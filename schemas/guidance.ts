/**
 * The course's writing guidance for an MOT case (its module "学习撰写关键时刻案例"): how long
 * each part should be. These are warnings, never errors. A part with a single number in the
 * course ("(200)") is "about N" and is warned only beyond twice that.
 */
import { caseFields, type FieldGuidance } from './case-fields.ts';
import { fieldTexts } from './field-values.ts';
import type { Label } from './grid.ts';

export interface LengthGuidance extends FieldGuidance {
	/** Which part of the case it applies to: `narrative` (the body) or a field's key. */
	part: string;
	label: Label;
}

/** The account (the body), then every field of the registry with a `guidance`. */
export const lengthGuidance: readonly LengthGuidance[] = [
	{
		part: 'narrative',
		label: { zh: '事件经过', en: 'The account' },
		min: 800,
		max: 1500,
		warnBelow: 800,
		warnAbove: 1500,
	},
	...caseFields.flatMap((field) =>
		field.guidance
			? [{ ...field.guidance, part: field.key, label: field.guidance.label ?? field.label }]
			: [],
	),
];

/** The marker the scaffold writes into fields the author must fill; `check` rejects it. */
export const placeholderMarker = '待填写';
export const placeholderPattern = /待填写|\bTODO\b/;

/** Characters of prose in Markdown: markup and white space do not count. */
export function proseLength(markdown: string): number {
	const prose = markdown
		.replace(/^[ \t]*(?:#{1,6}|>|[-*+]|\d+\.)[ \t]+/gm, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`~|\\]/g, '')
		.replace(/\s+/g, '');
	return [...prose].length;
}

/** The parts of a case the guidance counts, as loose as a half-filled form holds them. */
export type GuidedParts = { body: string } & Record<string, unknown>;

const chars = (text: string) => [...text].length;

/** Characters per guided part (a field's texts, choices not counted), the same for the checker's warnings and the form's live counts. */
export function guidedPartLengths(parts: GuidedParts): Record<string, number> {
	return Object.fromEntries(
		lengthGuidance.map((guidance) => {
			if (guidance.part === 'narrative') return [guidance.part, proseLength(parts.body)];
			const field = caseFields.find((f) => f.key === guidance.part)!;
			return [guidance.part, chars(fieldTexts(field, parts[field.key]).join(''))];
		}),
	);
}

/** `800–1500` or `≈100`: the suggested range as the course gives it. */
export const guidanceRange = (guidance: LengthGuidance) =>
	guidance.min ? `${guidance.min}–${guidance.max}` : `≈${guidance.max}`;

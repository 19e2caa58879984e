/**
 * The course's writing guidance for an MOT case (its module "学习撰写关键时刻案例"): how long
 * each part should be. These are warnings, never errors. A part with a single number in the
 * course ("(200)") is "about N" and is warned only beyond twice that.
 */
import type { Label } from './grid.ts';

export interface LengthGuidance {
	/** Which part of the case it applies to. */
	part: 'narrative' | 'demands' | 'gaps' | 'keyPoints' | 'processChanges' | 'insights';
	label: Label;
	/** Suggested range in characters; `min` absent when the course gives one number. */
	min?: number;
	max: number;
	/** Beyond this the checker warns. */
	warnAbove: number;
	warnBelow?: number;
}

export const lengthGuidance: readonly LengthGuidance[] = [
	{
		part: 'narrative',
		label: { zh: '事件经过', en: 'The account' },
		min: 800,
		max: 1500,
		warnBelow: 800,
		warnAbove: 1500,
	},
	{
		part: 'demands',
		label: { zh: '客户的要求、需求、索求', en: 'Demands' },
		min: 100,
		max: 200,
		warnBelow: 100,
		warnAbove: 200,
	},
	{ part: 'gaps', label: { zh: '无法满足的要求及理由', en: 'Gaps' }, max: 200, warnAbove: 400 },
	{ part: 'keyPoints', label: { zh: '关键点', en: 'Key points' }, max: 100, warnAbove: 200 },
	{
		part: 'processChanges',
		label: { zh: '流程改善', en: 'Process changes' },
		max: 100,
		warnAbove: 200,
	},
	{ part: 'insights', label: { zh: '启发', en: 'Insights' }, max: 100, warnAbove: 200 },
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
export interface GuidedParts {
	body: string;
	demands?: readonly { text: string }[];
	gaps?: readonly { demand: string; reason: string }[];
	keyPoints?: { critical: string; secondary: string; basic: string };
	processChanges?: readonly string[];
	insights?: readonly string[];
}

const chars = (text: string) => [...text].length;

/** Characters per guided part, counted the same way for the checker's warnings and the form's live counts. */
export function guidedPartLengths(parts: GuidedParts): Record<LengthGuidance['part'], number> {
	return {
		narrative: proseLength(parts.body),
		demands: chars((parts.demands ?? []).map((d) => d.text).join('')),
		gaps: chars((parts.gaps ?? []).map((g) => g.demand + g.reason).join('')),
		keyPoints: parts.keyPoints
			? chars(parts.keyPoints.critical + parts.keyPoints.secondary + parts.keyPoints.basic)
			: 0,
		processChanges: chars((parts.processChanges ?? []).join('')),
		insights: chars((parts.insights ?? []).join('')),
	};
}

/** `800–1500` or `≈100`: the suggested range as the course gives it. */
export const guidanceRange = (guidance: LengthGuidance) =>
	guidance.min ? `${guidance.min}–${guidance.max}` : `≈${guidance.max}`;

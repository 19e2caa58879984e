/**
 * The perception curve of an interaction (explore → propose → act → confirm, each step with the
 * customer's perception after it, −3 … +3): a small static SVG drawn from the steps, with the
 * same numbers in a caption and a table, so the page needs no script and a screen reader (or a
 * phone with images off) gets every value as text. Pure: returns the shared renderer's nodes,
 * which the case page and the form's preview both draw.
 */
import { interactionSteps, perceptionScale } from '../../schemas/course-vocabulary.ts';
import { signedNumber } from '../../schemas/limits.ts';
import type { Label, Locale } from '../../schemas/locales.ts';
import type { ViewElement, ViewNode } from './case-view.ts';

/** One step as a case (or a half-filled form) holds it. */
export interface InteractionStepLike {
	step?: unknown;
	text?: unknown;
	perception?: unknown;
}

/** The words of the figure that are not data. */
export interface CurveLabels {
	/** Before the sequence in the caption, with its colon: "客户感知：". */
	caption: Label;
	step: Label;
	text: Label;
	perception: Label;
}

/** Drawing units of the SVG (its viewBox; CSS scales it to the column). */
export const curveGeometry = {
	left: 34,
	right: 22,
	top: 16,
	/** Vertical units per perception point. */
	unit: 12,
	/** Horizontal distance between two steps. */
	stepWidth: 76,
	/** Room under the plot for the step names. */
	bottom: 26,
} as const;

export interface CurvePoint {
	x: number;
	y: number;
	value: number;
	/** Step index in the case's list. */
	index: number;
}

const isPerception = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value);

/** Where a value sits; off-scale values (a form still being typed) are drawn at the edge. */
export function yOf(value: number): number {
	const { top, unit } = curveGeometry;
	const clamped = Math.min(perceptionScale.max, Math.max(perceptionScale.min, value));
	return top + (perceptionScale.max - clamped) * unit;
}

/** The points of the curve: one per step that has a whole-number perception. */
export function curvePoints(steps: readonly InteractionStepLike[]): CurvePoint[] {
	const { left, stepWidth } = curveGeometry;
	return steps.flatMap((step, index) =>
		isPerception(step.perception)
			? [{ x: left + index * stepWidth, y: yOf(step.perception), value: step.perception, index }]
			: [],
	);
}

const el = (tag: string, attrs: Record<string, string>, ...children: ViewNode[]): ViewElement => ({
	tag,
	attrs,
	children,
});

const stepName = (key: unknown, lang: Locale) =>
	typeof key === 'string'
		? (interactionSteps.list.find((s) => s.key === key)?.label[lang] ?? key)
		: '';

const sign = (value: number) => (value > 0 ? 'up' : value < 0 ? 'down' : 'zero');

/** The SVG alone (decorative for assistive technology: the caption and table carry the values). */
export function curveSvg(steps: readonly InteractionStepLike[], lang: Locale): ViewElement {
	const { left, right, top, unit, stepWidth, bottom } = curveGeometry;
	const points = curvePoints(steps);
	const width = left + Math.max(steps.length - 1, 0) * stepWidth + right;
	const plotBottom = top + (perceptionScale.max - perceptionScale.min) * unit;
	const height = plotBottom + bottom;
	const axis = [perceptionScale.max, 0, perceptionScale.min].map((value) =>
		el(
			'g',
			{ class: `curve-axis curve-${sign(value)}` },
			el('line', {
				x1: String(left - 8),
				x2: String(width - right + 8),
				y1: String(yOf(value)),
				y2: String(yOf(value)),
			}),
			el(
				'text',
				{ x: String(left - 12), y: String(yOf(value) + 4), 'text-anchor': 'end' },
				signedNumber(value),
			),
		),
	);
	const line = points.length
		? [
				el('polyline', {
					class: 'curve-line',
					points: points.map((p) => `${p.x},${p.y}`).join(' '),
					fill: 'none',
				}),
			]
		: [];
	const dots = points.map((p) =>
		el(
			'g',
			{ class: `curve-point curve-${sign(p.value)}` },
			el('circle', { cx: String(p.x), cy: String(p.y), r: '4' }),
			el(
				'text',
				{ x: String(p.x), y: String(p.y - 8), 'text-anchor': 'middle' },
				signedNumber(p.value),
			),
		),
	);
	const names = steps.map((step, index) =>
		el(
			'text',
			{
				class: 'curve-step',
				x: String(left + index * stepWidth),
				y: String(plotBottom + 20),
				'text-anchor': 'middle',
			},
			stepName(step.step, lang),
		),
	);
	return el(
		'svg',
		{
			class: 'curve-svg',
			viewBox: `0 0 ${width} ${height}`,
			width: String(width),
			height: String(height),
			'aria-hidden': 'true',
			focusable: 'false',
		},
		...axis,
		...line,
		...dots,
		...names,
	);
}

/** The figure: a caption with the sequence of values, the SVG, and a table of the steps. */
export function perceptionCurve(
	steps: readonly InteractionStepLike[],
	lang: Locale,
	labels: CurveLabels,
): ViewElement {
	const sequence = steps
		.map((step) =>
			isPerception(step.perception)
				? `${stepName(step.step, lang)} ${signedNumber(step.perception)}`
				: stepName(step.step, lang),
		)
		.join(' → ');
	return el(
		'figure',
		{ class: 'perception-curve' },
		// The caption first: a figure's caption is its first or last child, and the values lead.
		el('figcaption', {}, `${labels.caption[lang]}${sequence}`),
		curveSvg(steps, lang),
		el(
			'table',
			{ class: 'curve-table' },
			el(
				'thead',
				{},
				el(
					'tr',
					{},
					el('th', { scope: 'col' }, labels.step[lang]),
					el('th', { scope: 'col' }, labels.text[lang]),
					el('th', { scope: 'col' }, labels.perception[lang]),
				),
			),
			el(
				'tbody',
				{},
				...steps.map((step) =>
					el(
						'tr',
						{},
						el('th', { scope: 'row' }, stepName(step.step, lang)),
						el('td', {}, typeof step.text === 'string' ? step.text : ''),
						el(
							'td',
							{ class: 'curve-value' },
							isPerception(step.perception) ? signedNumber(step.perception) : '',
						),
					),
				),
			),
		),
	);
}

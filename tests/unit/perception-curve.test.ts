import { describe, expect, it } from 'vitest';
import {
	curveGeometry,
	curvePoints,
	perceptionCurve,
	yOf,
	type CurveLabels,
} from '../../src/lib/perception-curve.ts';
import type { ViewElement, ViewNode } from '../../src/lib/case-view.ts';

const labels: CurveLabels = {
	caption: { zh: '客户感知：', en: 'Customer perception: ' },
	step: { zh: '步骤', en: 'Step' },
	text: { zh: '说了什么、做了什么', en: 'What was said or done' },
	perception: { zh: '感知', en: 'Perception' },
};

/** Drops to −2, then recovers to +2 (the restaurant sample's shape). */
const dropAndRecover = [
	{ step: 'explore', text: '告知主菜要晚', perception: 0 },
	{ step: 'propose', text: '只说会尽快', perception: -2 },
	{ step: 'act', text: '送饮料、上主菜', perception: 1 },
	{ step: 'confirm', text: '店长回电', perception: 2 },
];

const isElement = (node: ViewNode): node is ViewElement =>
	typeof node === 'object' && 'tag' in node;
const find = (node: ViewNode, tag: string): ViewElement[] =>
	isElement(node)
		? [...(node.tag === tag ? [node] : []), ...(node.children ?? []).flatMap((c) => find(c, tag))]
		: [];
const textOf = (node: ViewNode): string =>
	typeof node === 'string'
		? node
		: isElement(node)
			? (node.children ?? []).map(textOf).join('')
			: '';
/** The text a reader gets without the (hidden) drawing. */
const textOutsideSvg = (node: ViewNode): string =>
	isElement(node) && node.tag === 'svg'
		? ''
		: typeof node === 'string'
			? node
			: isElement(node)
				? (node.children ?? []).map(textOutsideSvg).join(' ')
				: '';

describe('the perception curve', () => {
	it('puts +3 at the top, −3 at the bottom, and one point per step from left to right', () => {
		expect(yOf(3)).toBe(curveGeometry.top);
		expect(yOf(-3)).toBe(curveGeometry.top + 6 * curveGeometry.unit);
		const points = curvePoints(dropAndRecover);
		expect(points.map((p) => p.value)).toEqual([0, -2, 1, 2]);
		expect(points.map((p) => p.x)).toEqual([...points.map((p) => p.x)].sort((a, b) => a - b));
		// The drop and the recovery are visible: the second point is lowest, the last highest.
		const ys = points.map((p) => p.y);
		expect(Math.max(...ys)).toBe(ys[1]);
		expect(Math.min(...ys)).toBe(ys[3]);
	});

	it('draws a polyline through the points, with no script and no inline style', () => {
		const figure = perceptionCurve(dropAndRecover, 'zh', labels);
		const [svg] = find(figure, 'svg');
		expect(svg?.attrs?.['aria-hidden']).toBe('true');
		const [line] = find(figure, 'polyline');
		expect(line?.attrs?.points).toBe(
			curvePoints(dropAndRecover)
				.map((p) => `${p.x},${p.y}`)
				.join(' '),
		);
		expect(find(figure, 'circle')).toHaveLength(4);
		const all = (node: ViewNode): ViewElement[] =>
			isElement(node) ? [node, ...(node.children ?? []).flatMap(all)] : [];
		expect(all(figure).map((e) => e.tag)).not.toContain('script');
		const attributes = all(figure).flatMap((e) => Object.keys(e.attrs ?? {}));
		expect(attributes.filter((a) => a === 'style' || a.startsWith('on'))).toEqual([]);
	});

	it('gives every value as text outside the drawing, in the reader’s language', () => {
		const zh = textOutsideSvg(perceptionCurve(dropAndRecover, 'zh', labels));
		expect(zh).toContain('客户感知：探求 0 → 提议 −2 → 行动 +1 → 确认 +2');
		for (const step of dropAndRecover) expect(zh).toContain(step.text);
		const en = textOutsideSvg(perceptionCurve(dropAndRecover, 'en', labels));
		expect(en).toContain('Customer perception: Explore 0 → Propose −2 → Act +1 → Confirm +2');
		const rows = find(perceptionCurve(dropAndRecover, 'en', labels), 'tbody')[0]!.children!;
		expect(rows.map(textOf)).toEqual([
			'Explore告知主菜要晚0',
			'Propose只说会尽快−2',
			'Act送饮料、上主菜+1',
			'Confirm店长回电+2',
		]);
	});

	it('copes with a half-filled form: off-scale values at the edge, missing ones left out', () => {
		const points = curvePoints([
			{ step: 'explore', perception: 7 },
			{ step: 'act' },
			{ step: 'confirm', perception: -9 },
		]);
		expect(points.map((p) => [p.index, p.y])).toEqual([
			[0, yOf(3)],
			[2, yOf(-3)],
		]);
		expect(find(perceptionCurve([], 'zh', labels), 'polyline')).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import {
	aggregate,
	casesByQuarter,
	countFacet,
	coverage,
	filterCases,
	formatMean,
	outcomesByRow,
	perceptionByCell,
	quarterOf,
	scaleStep,
	usedFilters,
	type InsightCase,
} from '../../src/lib/insights.ts';

// A hand-made set: every expectation below is worked out by hand from these four cases.
const base = { kind: 'mot', scope: 'external' } as const;
const cases: InsightCase[] = [
	{
		...base,
		id: 'a',
		grid: ['C1.2', 'C2.1', 'S2.4'],
		industry: 'telecom',
		outcome: 'negative',
		perception: -3,
		servqual: ['empathy', 'reliability'],
		time: { start: '2006-04-22T13:10' },
	},
	{
		...base,
		id: 'b',
		grid: ['C1.2', 'C1.4'],
		industry: 'telecom',
		outcome: 'positive',
		perception: 2,
		servqual: ['empathy'],
		answer: { remedies: ['promise', 'follow-up'] },
		time: { start: '2026-09-12T09:42' },
	},
	{
		...base,
		id: 'c',
		grid: ['S2', 'C1.1'],
		industry: 'retail',
		outcome: 'mixed',
		perception: 0,
		time: { start: '2006-06-30' },
	},
	{
		...base,
		kind: 'scqa',
		id: 'd',
		grid: ['U1.1'],
		industry: 'retail',
		answer: { remedies: ['promise'] },
		time: { start: '2015-07' },
	},
];

const nonEmpty = (stats: ReturnType<typeof perceptionByCell>) =>
	Object.fromEntries(stats.filter((s) => s.cases).map((s) => [s.code, [s.mean, s.cases, s.rated]]));

describe('perception per cell', () => {
	it('counts a case in its primary cell only', () => {
		expect(nonEmpty(perceptionByCell(cases, 'primary'))).toEqual({
			C1: [-0.5, 2, 2],
			S2: [0, 1, 1],
			U1: [null, 1, 0],
		});
	});
	it('counts a case once in every cell it names', () => {
		// b names C1 twice (C1.2, C1.4) and counts once there.
		expect(nonEmpty(perceptionByCell(cases, 'all'))).toEqual({
			C1: [-1 / 3, 3, 3],
			C2: [-3, 1, 1],
			S2: [-1.5, 2, 2],
			U1: [null, 1, 0],
		});
	});
	it('lists all 20 cells in grid order', () => {
		const codes = perceptionByCell([], 'all').map((s) => s.code);
		expect(codes).toHaveLength(20);
		expect(codes.slice(0, 6)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'P1']);
	});
});

describe('counts behind the bars', () => {
	it('counts outcomes once per row a case touches', () => {
		expect(outcomesByRow(cases)).toEqual([
			{ row: 'U', counts: { positive: 0, negative: 0, mixed: 0, none: 1 }, total: 1 },
			{ row: 'P', counts: { positive: 0, negative: 0, mixed: 0, none: 0 }, total: 0 },
			{ row: 'C', counts: { positive: 1, negative: 1, mixed: 1, none: 0 }, total: 3 },
			{ row: 'S', counts: { positive: 0, negative: 1, mixed: 1, none: 0 }, total: 2 },
		]);
	});
	it('counts SERVQUAL dimensions and remedies in the given order', () => {
		expect(countFacet(cases, 'servqual', ['empathy', 'reliability', 'tangibles'])).toEqual([
			{ key: 'empathy', count: 2 },
			{ key: 'reliability', count: 1 },
			{ key: 'tangibles', count: 0 },
		]);
		expect(countFacet(cases, 'remedy', ['promise', 'follow-up', 'upgrade'])).toEqual([
			{ key: 'promise', count: 2 },
			{ key: 'follow-up', count: 1 },
			{ key: 'upgrade', count: 0 },
		]);
	});
});

describe('coverage', () => {
	it('names empty cells, and points nobody names (a whole-cell reference covers no point)', () => {
		const { emptyCells, emptyPoints } = coverage(cases);
		// 20 cells, 4 named: C1, C2, S2, U1.
		expect(emptyCells).toHaveLength(16);
		expect(emptyCells).not.toContain('S2');
		expect(emptyCells.slice(0, 3)).toEqual(['U2', 'U3', 'U4']);
		expect(emptyPoints).toContain('C1.3');
		expect(emptyPoints).toContain('S2.1');
		expect(emptyPoints).not.toContain('S2.4');
		expect(emptyPoints).not.toContain('C1.4');
		// 80 points, 6 named: C1.1, C1.2, C1.4, C2.1, S2.4, U1.1.
		expect(emptyPoints).toHaveLength(74);
	});
});

describe('over time', () => {
	it('puts a start in its quarter', () => {
		expect(quarterOf('2025-11-03T08:15')).toBe('2025-Q4');
		expect(quarterOf('2006-04-30')).toBe('2006-Q2');
		expect(quarterOf('2015-07')).toBe('2015-Q3');
		expect(quarterOf('2009-03-31')).toBe('2009-Q1');
	});
	it('counts cases per quarter by outcome, oldest first, empty quarters left out', () => {
		expect(casesByQuarter(cases)).toEqual([
			{ quarter: '2006-Q2', counts: { positive: 0, negative: 1, mixed: 1, none: 0 }, total: 2 },
			{ quarter: '2015-Q3', counts: { positive: 0, negative: 0, mixed: 0, none: 1 }, total: 1 },
			{ quarter: '2026-Q3', counts: { positive: 1, negative: 0, mixed: 0, none: 0 }, total: 1 },
		]);
	});
});

describe('filters', () => {
	it('keeps the cases of an industry and a decade', () => {
		expect(filterCases(cases, { industry: 'retail' }).map((c) => c.id)).toEqual(['c', 'd']);
		expect(filterCases(cases, { period: '2000s' }).map((c) => c.id)).toEqual(['a', 'c']);
		expect(filterCases(cases, { industry: 'telecom', period: '2020s' }).map((c) => c.id)).toEqual([
			'b',
		]);
	});
	it('offers only filters that keep a case', () => {
		const keys = usedFilters(cases).map((f) => `${f.industry ?? '-'}/${f.period ?? '-'}`);
		expect(keys.sort()).toEqual(
			[
				'-/-',
				'telecom/-',
				'retail/-',
				'-/2000s',
				'-/2010s',
				'-/2020s',
				'telecom/2000s',
				'telecom/2020s',
				'retail/2000s',
				'retail/2010s',
			].sort(),
		);
	});
});

describe('printing', () => {
	it('writes means with one decimal and a real minus sign', () => {
		expect(formatMean(2.5)).toBe('+2.5');
		expect(formatMean(-4 / 3)).toBe('−1.3');
		expect(formatMean(0)).toBe('0.0');
		expect(formatMean(-0.04)).toBe('0.0');
		expect(formatMean(5 / 6)).toBe('+0.8');
		expect(formatMean(-0.25)).toBe('−0.3');
		expect(formatMean(0.25)).toBe('+0.3');
	});
	it('puts a mean on the 7-step scale', () => {
		expect([-3, -2.6, -1.4, -0.5, -0.4, 0.5, 2.5, 3].map(scaleStep)).toEqual([
			-3, -3, -1, -1, -0, 1, 3, 3,
		]);
	});
	it('aggregates everything at once', () => {
		const all = aggregate(cases);
		expect(all.cases).toBe(4);
		expect(all.remedies.map((r) => r.count)).toEqual([0, 1, 2, 0, 0, 0]);
	});
});

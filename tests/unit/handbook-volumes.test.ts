/** The printable handbook: one page up to `handbookPageCases` cases, else a volume per cell in grid order. */
import { describe, expect, it } from 'vitest';
import { handbookOrder, handbookVolumes } from '../../src/lib/handbook-volumes.ts';

const entry = (title: string, ...grid: string[]) => ({ data: { title, grid } });
const cases = [
	entry('乙', 'S2.4', 'U1'),
	entry('甲', 'U1.3'),
	entry('丙', 'U1', 'S2'),
	entry('丁', 'C5.2'),
];

describe('the handbook in volumes', () => {
	it('orders cases by their first cell in grid order, then by title', () => {
		expect(handbookOrder(cases).map((c) => c.data.title)).toEqual(['丙', '甲', '丁', '乙']);
	});

	it('is one page up to the limit', () => {
		expect(handbookVolumes(cases, 4)).toEqual([]);
	});

	it('above it, puts each case once in the volume of its first cell, cells in grid order', () => {
		const volumes = handbookVolumes(cases, 3);
		expect(volumes.map((v) => [v.slug, v.cases.map((c) => c.data.title)])).toEqual([
			['u1', ['丙', '甲']],
			['c5', ['丁']],
			['s2', ['乙']],
		]);
	});
});

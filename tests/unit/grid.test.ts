import { describe, expect, it } from 'vitest';
import {
	gridCells,
	gridReferenceCodes,
	gridRows,
	gridStages,
	parseGridCode,
} from '../../schemas/grid.ts';

describe('the journey grid', () => {
	it('has 4 rows × 5 stages = 20 cells, each with 4 points', () => {
		expect(gridRows.map((r) => r.code)).toEqual(['U', 'P', 'C', 'S']);
		expect(gridStages.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
		expect(gridCells).toHaveLength(20);
		for (const cell of gridCells)
			expect(cell.points.map((p) => p.code)).toEqual([1, 2, 3, 4].map((n) => `${cell.code}.${n}`));
		expect(gridReferenceCodes).toHaveLength(100);
	});

	it('keeps the course labels: C1.2 is the service hotline', () => {
		expect(parseGridCode('C1.2')?.point?.label.zh).toBe('服务热线');
		expect(parseGridCode('C1.2')?.cell.row.label.zh).toBe('成交客户');
		expect(parseGridCode('S5')?.cell.stage.label.zh).toBe('营销重点');
	});

	it('has a Chinese and an English label for everything', () => {
		for (const cell of gridCells)
			for (const p of cell.points) expect(p.label.zh && p.label.en).toBeTruthy();
		expect(
			new Set(gridCells.flatMap((c) => c.points.map((p) => `${c.code}${p.label.zh}`))).size,
		).toBe(80);
	});

	it('parses codes and rejects what is off the grid', () => {
		expect(parseGridCode('u1')?.cell.code).toBe('U1');
		for (const bad of ['X1', 'C6', 'C1.5', 'C1.', 'C12', ''])
			expect(parseGridCode(bad)).toBeUndefined();
	});
});

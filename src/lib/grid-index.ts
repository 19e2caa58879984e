/**
 * Groups cases onto the grid: which cases each cell and each point holds. A case counts once
 * per cell it names, whether it names the cell (`C1`) or a point in it (`C1.2`).
 */
import { gridCells, parseGridCode, type CellCode, type GridCell } from '../../schemas/grid.ts';

export interface GriddedCase {
	id: string;
	data: { grid: readonly string[] };
}

export interface CellEntry<T> {
	cell: GridCell;
	/** Distinct cases in the cell, in input order. */
	cases: T[];
	/** Cases per point number (1–4), in input order. */
	byPoint: Map<number, T[]>;
	/** Cases that name the cell without a point. */
	whole: T[];
	/** True when this is a case's first (primary) grid reference. */
	primary: Set<string>;
}

export function buildGridIndex<T extends GriddedCase>(
	cases: readonly T[],
): Map<CellCode, CellEntry<T>> {
	const index = new Map<CellCode, CellEntry<T>>(
		gridCells.map((cell) => [
			cell.code,
			{
				cell,
				cases: [],
				byPoint: new Map([1, 2, 3, 4].map((n) => [n, []])),
				whole: [],
				primary: new Set(),
			},
		]),
	);
	for (const entry of cases) {
		const seen = new Set<string>();
		entry.data.grid.forEach((code, position) => {
			const ref = parseGridCode(code);
			if (!ref) return;
			const cellEntry = index.get(ref.cell.code)!;
			if (!seen.has(ref.cell.code)) {
				cellEntry.cases.push(entry);
				seen.add(ref.cell.code);
			}
			if (position === 0) cellEntry.primary.add(entry.id);
			const list = ref.point ? cellEntry.byPoint.get(ref.point.number)! : cellEntry.whole;
			if (!list.includes(entry)) list.push(entry);
		});
	}
	return index;
}

/** Neighbours of a cell: previous and next stage in its row, the same stage in the other rows. */
export function cellNeighbours(cell: GridCell) {
	const sameRow = gridCells.filter((c) => c.row.code === cell.row.code);
	const at = sameRow.indexOf(cell);
	return {
		previous: sameRow[at - 1],
		next: sameRow[at + 1],
		sameStage: gridCells.filter((c) => c.stage.number === cell.stage.number && c !== cell),
	};
}

/** Sort key in grid order: row, stage, point. */
export function gridOrderKey(code: string): number {
	const ref = parseGridCode(code);
	if (!ref) return Number.MAX_SAFE_INTEGER;
	const row = 'UPCS'.indexOf(ref.cell.row.code);
	return row * 100 + ref.cell.stage.number * 10 + (ref.point?.number ?? 0);
}

/**
 * The printable handbook's order and, for a large handbook, its volumes. Every case is printed
 * once, under its primary (first) grid cell: row, then stage, then title. Up to
 * `handbookPageCases` cases (site.yaml) the handbook is one page; above it, one volume per cell
 * that has cases, so a browser can still open and print each, and a one-case change renders
 * again only that case's volume (each volume has its own cache key).
 */
import { gridCells, parseGridCode, type GridCell } from '../../schemas/grid.ts';
import { gridOrderKey } from './grid-index.ts';

interface HandbookCase {
	data: { grid: readonly string[]; title: string };
}

export interface HandbookVolume<T> {
	/** The cell the volume's cases have as their primary cell. */
	cell: GridCell;
	/** The volume's path segment under `handbook/`: the cell code in lower case. */
	slug: string;
	/** Its cases in handbook order. */
	cases: T[];
}

// One collator: `localeCompare(…, 'zh')` looks one up per call (3× slower on 10,000 titles).
const byTitle = new Intl.Collator('zh');

/** Every case in handbook order: primary cell in grid order, then title. */
export function handbookOrder<T extends HandbookCase>(cases: readonly T[]): T[] {
	return [...cases].sort(
		(a, b) =>
			gridOrderKey(a.data.grid[0]!) - gridOrderKey(b.data.grid[0]!) ||
			byTitle.compare(a.data.title, b.data.title),
	);
}

/** The volumes of a handbook of more than `pageCases` cases, in grid order; none for a smaller one. */
export function handbookVolumes<T extends HandbookCase>(
	cases: readonly T[],
	pageCases: number,
): HandbookVolume<T>[] {
	if (cases.length <= pageCases) return [];
	const byCell = new Map<string, T[]>();
	for (const entry of handbookOrder(cases)) {
		const code = parseGridCode(entry.data.grid[0]!)!.cell.code;
		let list = byCell.get(code);
		if (!list) byCell.set(code, (list = []));
		list.push(entry);
	}
	return gridCells
		.filter((cell) => byCell.has(cell.code))
		.map((cell) => ({ cell, slug: cell.code.toLowerCase(), cases: byCell.get(cell.code)! }));
}

/**
 * The insights page's numbers, from case data alone (no Astro, no files): perception per grid
 * cell, outcomes per kind of customer, SERVQUAL and remedy counts, coverage holes and cases per
 * quarter. Rows and terms are counted the way the case list filters (src/lib/facets.ts), so a
 * bar's count is the count of the list it links to.
 */
import {
	gridCells,
	gridRows,
	parseGridCode,
	type CellCode,
	type RowCode,
} from '../../schemas/grid.ts';
import { outcomes, remedyStrategies, servqualDimensions } from '../../schemas/course-vocabulary.ts';
import { facetsOf, type FacetedCase } from './case-facets.ts';

export interface InsightCase extends FacetedCase {
	id: string;
	industry: string;
	outcome?: string;
	perception?: number;
	time: { start: string };
}

/** `primary`: a case counts in its first cell only; `all`: in every cell it names. */
export type CellMode = 'primary' | 'all';
export const cellModes: readonly CellMode[] = ['primary', 'all'];

export type OutcomeKey = (typeof outcomes.keys)[number];
/** Outcome counts; `none` for cases that give no outcome. */
export type OutcomeCounts = Record<OutcomeKey | 'none', number>;

export interface CellStat {
	code: CellCode;
	/** Cases counted in the cell. */
	cases: number;
	/** Of those, the cases that give a perception. */
	rated: number;
	/** Mean perception of the rated cases, null when none is rated. */
	mean: number | null;
}

export interface Filter {
	industry?: string;
	/** A decade of `time.start`: `2010s`. */
	period?: string;
}

/** Distinct cells a case names, its primary (first) cell first. */
export function caseCells(grid: readonly string[]): CellCode[] {
	const cells = grid.map((code) => parseGridCode(code)?.cell.code).filter((c) => c !== undefined);
	return [...new Set(cells)];
}

/** Mean perception per cell, in grid order (all 20 cells). */
export function perceptionByCell(cases: readonly InsightCase[], mode: CellMode): CellStat[] {
	const sums = new Map<CellCode, { cases: number; rated: number; sum: number }>(
		gridCells.map((cell) => [cell.code, { cases: 0, rated: 0, sum: 0 }]),
	);
	for (const c of cases) {
		const cells = caseCells(c.grid);
		for (const code of mode === 'primary' ? cells.slice(0, 1) : cells) {
			const s = sums.get(code)!;
			s.cases++;
			if (c.perception !== undefined) {
				s.rated++;
				s.sum += c.perception;
			}
		}
	}
	return gridCells.map((cell) => {
		const s = sums.get(cell.code)!;
		return {
			code: cell.code,
			cases: s.cases,
			rated: s.rated,
			mean: s.rated ? s.sum / s.rated : null,
		};
	});
}

const emptyOutcomes = (): OutcomeCounts => ({ positive: 0, negative: 0, mixed: 0, none: 0 });
const outcomeOf = (c: InsightCase): OutcomeKey | 'none' =>
	(c.outcome as OutcomeKey | undefined) ?? 'none';

/** Each case's facets, found once: every filter page's aggregates read them many times over. */
const facetsByCase = new WeakMap<InsightCase, ReturnType<typeof facetsOf>>();
function facetsOfCase(c: InsightCase): ReturnType<typeof facetsOf> {
	let facets = facetsByCase.get(c);
	if (!facets) facetsByCase.set(c, (facets = facetsOf(c)));
	return facets;
}

/** Outcomes per kind of customer: a case counts once in every row it touches (like `?row=`). */
export function outcomesByRow(
	cases: readonly InsightCase[],
): { row: RowCode; counts: OutcomeCounts; total: number }[] {
	return gridRows.map((row) => {
		const counts = emptyOutcomes();
		for (const c of cases) if (facetsOfCase(c).row.includes(row.code)) counts[outcomeOf(c)]++;
		return { row: row.code, counts, total: sum(counts) };
	});
}

/** How many cases name each key of a list facet (`servqual`, `remedy`), in the keys' order. */
export function countFacet(
	cases: readonly InsightCase[],
	facet: 'servqual' | 'remedy',
	keys: readonly string[],
): { key: string; count: number }[] {
	return keys.map((key) => ({
		key,
		count: cases.filter((c) => facetsOfCase(c)[facet].includes(key)).length,
	}));
}

/** Cells no case names, and points no case names (those of empty cells included). */
export function coverage(cases: readonly InsightCase[]): {
	emptyCells: CellCode[];
	emptyPoints: string[];
} {
	const cells = new Set<string>();
	const points = new Set<string>();
	for (const c of cases)
		for (const code of c.grid) {
			const ref = parseGridCode(code);
			if (!ref) continue;
			cells.add(ref.cell.code);
			if (ref.point) points.add(ref.point.code);
		}
	return {
		emptyCells: gridCells.filter((cell) => !cells.has(cell.code)).map((cell) => cell.code),
		emptyPoints: gridCells.flatMap((cell) =>
			cell.points.filter((p) => !points.has(p.code)).map((p) => p.code),
		),
	};
}

/** `2025-11-03T08:15` → `2025-Q4`. */
export function quarterOf(start: string): string {
	const month = Number(start.slice(5, 7));
	return `${start.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** Cases per quarter of `time.start` by outcome, oldest first; quarters without a case are left out. */
export function casesByQuarter(
	cases: readonly InsightCase[],
): { quarter: string; counts: OutcomeCounts; total: number }[] {
	const byQuarter = new Map<string, OutcomeCounts>();
	for (const c of cases) {
		const q = quarterOf(c.time.start);
		const counts = byQuarter.get(q) ?? emptyOutcomes();
		counts[outcomeOf(c)]++;
		byQuarter.set(q, counts);
	}
	return [...byQuarter]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([quarter, counts]) => ({ quarter, counts, total: sum(counts) }));
}

/** `1997-05-16` → `1990s`. */
export const periodOf = (start: string): string => `${start.slice(0, 3)}0s`;

/** The cases a filter keeps. */
export function filterCases<T extends InsightCase>(cases: readonly T[], filter: Filter): T[] {
	return cases.filter(
		(c) =>
			(!filter.industry || c.industry === filter.industry) &&
			(!filter.period || periodOf(c.time.start) === filter.period),
	);
}

/** Every filter that keeps at least one case, the empty filter (everything) first. */
export function usedFilters(cases: readonly InsightCase[]): Filter[] {
	const seen = new Map<string, Filter>([['', {}]]);
	for (const c of cases) {
		const industry = c.industry;
		const period = periodOf(c.time.start);
		for (const f of [{ industry }, { period }, { industry, period }])
			seen.set(`${f.industry ?? ''}|${'period' in f ? f.period : ''}`, f);
	}
	return [...seen.values()];
}

/** A mean for print: one decimal, signed with a real minus (`+2.5`, `−1.3`, `0.0`). */
export function formatMean(mean: number): string {
	// Halves round away from zero, the same for −0.25 as for +0.25.
	const tenths = Math.sign(mean) * Math.round(Math.abs(mean) * 10);
	const digits = (Math.abs(tenths) / 10).toFixed(1);
	return tenths > 0 ? `+${digits}` : tenths < 0 ? `−${digits}` : digits;
}

/** The step of the 7-step colour scale (−3 … +3) a mean falls on. */
export const scaleStep = (mean: number): number =>
	Math.max(-3, Math.min(3, Math.sign(mean) * Math.round(Math.abs(mean))));

/** Every aggregate of one set of cases: what the page draws and `/insights.json` holds. */
export function aggregate(cases: readonly InsightCase[]) {
	return {
		cases: cases.length,
		cells: {
			primary: perceptionByCell(cases, 'primary'),
			all: perceptionByCell(cases, 'all'),
		},
		outcomesByRow: outcomesByRow(cases),
		servqual: countFacet(cases, 'servqual', servqualDimensions.keys),
		remedies: countFacet(cases, 'remedy', remedyStrategies.keys),
		coverage: coverage(cases),
		quarters: casesByQuarter(cases),
	};
}
export type Aggregates = ReturnType<typeof aggregate>;

function sum(counts: OutcomeCounts): number {
	return counts.positive + counts.negative + counts.mixed + counts.none;
}

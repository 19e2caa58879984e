/**
 * `/insights.json` (version 1): the numbers of the insights page, for other tools. Versioned:
 * fields are only added; a change of meaning gets a new version number.
 */
import { z } from 'astro/zod';
import { gridCells, gridRows } from './grid.ts';
import { outcomes, remedyStrategies, servqualDimensions } from './course-vocabulary.ts';

const cellCode = z.enum(gridCells.map((c) => c.code) as [string, ...string[]]);
const count = z.number().int().min(0);

const outcomeCounts = z.strictObject({
	/** Cases with `outcome: positive`. */
	positive: count,
	/** Cases with `outcome: negative`. */
	negative: count,
	/** Cases with `outcome: mixed`. */
	mixed: count,
	/** Cases that give no outcome. */
	none: count,
});

const cellStat = z.strictObject({
	/** The cell, `C1`. */
	code: cellCode,
	/** Cases counted in the cell. */
	cases: count,
	/** Of those, the cases that give a perception. */
	rated: count,
	/** Mean perception (−3 … +3) of the rated cases, rounded to two decimals; null when none is rated. */
	mean: z.number().min(-3).max(3).nullable(),
});

export const insightsAggregatesSchema = z.strictObject({
	/** Number of cases these numbers are drawn from. */
	cases: count,
	/** Perception per cell, 20 cells in grid order: counting each case in its primary cell only, or in every cell it names. */
	cells: z.strictObject({
		primary: z.array(cellStat).length(20),
		all: z.array(cellStat).length(20),
	}),
	/** Outcomes per kind of customer; a case counts in every row it touches (as the case list's `row` filter). */
	outcomesByRow: z.array(
		z.strictObject({
			/** Row letter: U, P, C, S. */
			row: z.enum(gridRows.map((r) => r.code) as [string, ...string[]]),
			/** Cases by outcome. */
			counts: outcomeCounts,
			/** Cases touching the row. */
			total: count,
		}),
	),
	/** Cases naming each SERVQUAL dimension. */
	servqual: z.array(z.strictObject({ key: z.enum(servqualDimensions.keys), count })),
	/** Cases naming each remedy strategy. */
	remedies: z.array(z.strictObject({ key: z.enum(remedyStrategies.keys), count })),
	/** Where the handbook has no case yet. */
	coverage: z.strictObject({
		/** Cells no case names. */
		emptyCells: z.array(cellCode),
		/** Points (`C5.3`) no case names, those of empty cells included. */
		emptyPoints: z.array(z.string().regex(/^[UPCS][1-5]\.[1-4]$/)),
	}),
	/** Cases per quarter of `time.start`, by outcome, oldest first; quarters without a case are left out. */
	quarters: z.array(
		z.strictObject({
			/** `2025-Q4`. */
			quarter: z.string().regex(/^\d{4}-Q[1-4]$/),
			/** Cases by outcome. */
			counts: outcomeCounts,
			/** All cases of the quarter. */
			total: count,
		}),
	),
});

export const insightsSchema = z.strictObject({
	/** Shape version of this file. */
	version: z.literal(1),
	/** The newest `published`/`updated` date of any case. */
	updated: z.string(),
	/** Outcome keys in the order the counts use, for labelling. */
	outcomes: z.array(z.enum(outcomes.keys)),
	/** Every case. */
	all: insightsAggregatesSchema,
	/** The same numbers for the cases of each industry (vocabulary key) that has any. */
	industries: z.record(z.string(), insightsAggregatesSchema),
});

export type Insights = z.infer<typeof insightsSchema>;
export type InsightsAggregates = z.infer<typeof insightsAggregatesSchema>;

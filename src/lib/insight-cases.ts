/** The published cases as the insights aggregation reads them (build time). */
import { allCases, type CaseEntry } from './content.ts';
import type { InsightCase } from './insights.ts';

export function toInsightCase(entry: CaseEntry): InsightCase {
	const data = entry.data;
	return {
		id: entry.id,
		kind: data.kind,
		grid: data.grid,
		industry: data.industry,
		outcome: data.outcome,
		perception: data.perception,
		servqual: data.servqual,
		scope: data.scope,
		answer: 'answer' in data ? data.answer : undefined,
		time: data.time,
	};
}

export const insightCases = async (): Promise<InsightCase[]> =>
	(await allCases()).map(toInsightCase);

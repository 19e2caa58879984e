/** The published cases as the insights aggregation reads them (build time). */
import { allCases, type CaseEntry } from './content.ts';
import type { InsightCase } from './insights.ts';

/** A case as the aggregation reads it: its id and its fields (the facets read them by the registry). */
export const toInsightCase = (entry: CaseEntry): InsightCase => ({ ...entry.data, id: entry.id });

export const insightCases = async (): Promise<InsightCase[]> =>
	(await allCases()).map(toInsightCase);

/** `/insights.json`: the insights page's numbers, versioned (shape: schemas/insights.ts). */
import type { APIRoute } from 'astro';
import { insightsSchema } from '../../schemas/insights.ts';
import { outcomes } from '../../schemas/course-vocabulary.ts';
import { allCases, caseDate } from '../lib/content.ts';
import { toInsightCase } from '../lib/insight-cases.ts';
import { aggregate, filterCases, type InsightCase } from '../lib/insights.ts';

/** Means rounded to two decimals, so the file does not change with floating-point noise. */
function aggregates(cases: readonly InsightCase[]) {
	const data = aggregate(cases);
	const round = (stats: typeof data.cells.all) =>
		stats.map((s) => ({ ...s, mean: s.mean === null ? null : Math.round(s.mean * 100) / 100 }));
	return { ...data, cells: { primary: round(data.cells.primary), all: round(data.cells.all) } };
}

export const GET: APIRoute = async () => {
	const entries = await allCases();
	const cases = entries.map(toInsightCase);
	const industries = [...new Set(cases.map((c) => c.industry))].sort();
	// Parsed against its published shape, so the build fails before a tool would.
	const insights = insightsSchema.parse({
		version: 1,
		updated: entries.map(caseDate).sort().at(-1) ?? '',
		outcomes: [...outcomes.keys],
		all: aggregates(cases),
		industries: Object.fromEntries(
			industries.map((industry) => [industry, aggregates(filterCases(cases, { industry }))]),
		),
	});
	return new Response(JSON.stringify(insights, null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};

/** `/cases.csv`: every case as a spreadsheet row (src/lib/cases-csv.ts), newest first. */
import type { APIRoute } from 'astro';
import { siteConfig, urls } from '../config/site.ts';
import { allCases } from '../lib/content.ts';
import { casesCsv } from '../lib/cases-csv.ts';
import { facetsOf } from '../lib/case-facets.ts';
import { industryLabel } from '../lib/vocabulary.ts';

export const GET: APIRoute = async () => {
	const cases = await allCases();
	const csv = casesCsv(
		cases.map(({ id, data }) => ({
			...data,
			id,
			industryLabel: industryLabel(data.industry, siteConfig.defaultLang),
			remedies: facetsOf(data).remedy,
			url: new URL(urls.caseUrl(id), siteConfig.url).href,
		})),
	);
	return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};

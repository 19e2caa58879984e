/**
 * `/cases.csv`: one row per case for people who analyse in spreadsheets. UTF-8 with a byte order
 * mark, or Excel reads Chinese as mojibake; CRLF line ends (RFC 4180); a text cell that starts
 * like a formula (`=`, `+`, `-`, `@`) is prefixed with `'` so a spreadsheet never runs it.
 */
import { stringify } from 'csv-stringify/sync';

export interface CsvCase {
	id: string;
	kind: string;
	title: string;
	summary: string;
	grid: readonly string[];
	industry: string;
	industryLabel: string;
	outcome?: string;
	perception?: number;
	servqual?: readonly string[];
	remedies?: readonly string[];
	time: { start: string; end?: string };
	place: string;
	published: string;
	updated?: string;
	url: string;
}

/** Column names, stable for tools: the case format's field names where there is one. */
export const csvColumns = [
	'id',
	'kind',
	'title',
	'summary',
	'grid',
	'primaryCell',
	'industry',
	'industryLabel',
	'outcome',
	'perception',
	'servqual',
	'remedies',
	'timeStart',
	'timeEnd',
	'place',
	'published',
	'updated',
	'url',
] as const;

export function casesCsv(cases: readonly CsvCase[]): string {
	const records = cases.map((c) => [
		c.id,
		c.kind,
		c.title,
		c.summary,
		c.grid.join(' '),
		c.grid[0]!.slice(0, 2).toUpperCase(),
		c.industry,
		c.industryLabel,
		c.outcome ?? '',
		c.perception ?? '',
		(c.servqual ?? []).join(' '),
		(c.remedies ?? []).join(' '),
		c.time.start,
		c.time.end ?? '',
		c.place,
		c.published,
		c.updated ?? '',
		c.url,
	]);
	return stringify([[...csvColumns], ...records], {
		bom: true,
		record_delimiter: 'windows',
		escape_formulas: true,
	});
}

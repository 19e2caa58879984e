/**
 * What the search index holds for each case and guide: one synthetic page per record, built
 * from the content files (not from rendered HTML), its text prepared by `normalize.ts`.
 * Title and summary carry more weight; facets become Pagefind filters; the original title,
 * summary and cells travel as metadata for the result list.
 */
import { plainFieldsOf } from '../../schemas/case-fields.ts';
import { fieldTexts } from '../../schemas/field-values.ts';
import type { CaseData } from '../../schemas/case.ts';
import { facetsOf } from '../lib/case-facets.ts';
import { breakToken, toHeadTokens, toIndexText } from './normalize.ts';

export interface SearchRecord {
	url: string;
	/** A digest of what the page is made from and of the code that makes it: equal digests, equal pages. */
	digest: string;
	/** The synthetic page Pagefind indexes, made on first read (a rebuild reads only changed shards'). */
	readonly html: string;
}

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Markdown/MDX to the text a reader sees: markup, link targets and HTML tags removed. */
export function markdownToText(markdown: string): string {
	return markdown
		.replace(/^(?:import|export)\s.*$/gm, '')
		.replace(/^\s*(?:`{3,}|~{3,}).*$/gm, '')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, ' ')
		.replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
		.replace(/[*_`~]+/g, '')
		.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

/** The texts of a case's searchable registry fields (entries with `search`), the kind's own or the shared ones; options by their Chinese labels. */
function registryTexts(data: CaseData, which: 'own' | 'shared'): string[] {
	return plainFieldsOf(data.kind)
		.filter((field) => field.search && (field.kinds.length === 1) === (which === 'own'))
		.flatMap((field) =>
			fieldTexts(field, (data as unknown as Record<string, unknown>)[field.key], 'zh'),
		);
}

/** Every piece of a case a reader can read on its page, in page order (the MOT account before the analysis, the SCQA story after it). */
export function caseTextParts(data: CaseData, body: string): string[] {
	const own = registryTexts(data, 'own');
	const story = markdownToText(body);
	const parts = [
		data.place,
		...data.people.flatMap((p) => [p.name, p.role]),
		...(data.kind === 'mot' ? [story, ...own] : [...own, story]),
		...registryTexts(data, 'shared'),
		...(data.tags ?? []),
	];
	return parts.filter(Boolean);
}

function page(
	lang: string,
	meta: Record<string, string>,
	filters: Record<string, string[]>,
	title: string,
	summary: string,
	rest: string[],
): string {
	const metaSpans = Object.entries(meta).map(
		([key, value]) => `<span data-pagefind-meta="${key}">${escapeHtml(value)}</span>`,
	);
	const filterSpans = Object.entries(filters).flatMap(([key, values]) =>
		values.map((v) => `<span data-pagefind-filter="${key}">${escapeHtml(v)}</span>`),
	);
	// Pagefind numbers words straight across elements, so every field ends with a break:
	// an exact phrase can never run from one field into the next.
	const field = (text: string) => `${escapeHtml(toIndexText(text))} ${breakToken}`;
	const paragraphs = rest.map((part) => `<p>${field(part)}</p>`).join('');
	return (
		`<!doctype html><html lang="${lang}"><body><div data-pagefind-ignore>${metaSpans.join('')}${filterSpans.join('')}</div>` +
		`<h1 data-pagefind-weight="10">${field(title)}</h1>` +
		`<p data-pagefind-weight="6">${field(summary)}</p>` +
		`<div>${paragraphs}</div>` +
		// Last, so excerpts of ordinary matches never reach it.
		`<p>${toHeadTokens(title)} ${breakToken} ${toHeadTokens(summary)}</p></body></html>`
	);
}

/** A case's synthetic page. `labels`: what the case is filed under (grid labels, tags, industry, outcome; `case-labels.ts`). */
export function casePage(
	id: string,
	data: CaseData,
	body: string,
	labels: readonly string[] = [],
): string {
	const rest = [...caseTextParts(data, body), ...labels];
	return page(
		'zh',
		{
			type: 'case',
			id,
			title: data.title,
			summary: data.summary,
			cells: data.grid.join(' '),
			kind: data.kind,
		},
		{ type: ['case'], ...facetsOf(data) },
		data.title,
		data.summary,
		rest,
	);
}

/** A guide's synthetic page. */
export function guidePage(slug: string, title: string, description: string, body: string): string {
	const rest = [markdownToText(body)];
	return page(
		'zh',
		{ type: 'guide', id: slug, title, summary: description },
		{ type: ['guide'] },
		title,
		description,
		rest,
	);
}

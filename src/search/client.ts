/**
 * The search the browser runs (and the benchmark runs in Node): loads Pagefind from the site,
 * asks for the exact phrase (the result set: every page containing the query) and for the
 * words in any order (to rank the exact results, and to offer pages that contain all the
 * characters apart, listed after them). A query holding a word of the synonym list is searched
 * with the other words of its group too; those results come after the exact ones, marked.
 * A large handbook's index comes in shards (src/search/shards.ts), merged into one search here.
 */
import type { FacetValues } from '../lib/facets.ts';
import {
	exactQuery,
	headQuery,
	looseQuery,
	queryWords,
	readableExcerpt,
	setCharacterFolder,
} from './normalize.ts';
import { folderFromTable, foldTableFile } from './fold.ts';
import { expandQuery, setSynonyms, synonymsFile } from './synonyms.ts';
import { parseShardList, shardsFile } from './shards.ts';

interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindFragment>;
}

interface PagefindFragment {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
}

export interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	/** Adds another index (a shard) to every search; it shares the first one's WebAssembly. */
	mergeIndex(basePath: string, options?: Record<string, unknown>): Promise<void>;
	search(
		term: string | null,
		options?: { filters?: Record<string, unknown> },
	): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchHit {
	/** Pagefind's id for the record. */
	id: string;
	/** Loads the record's title, summary and excerpt. */
	load(): Promise<HitData>;
}

export interface HitData {
	type: 'case' | 'guide';
	/** Case id or guide slug. */
	id: string;
	title: string;
	summary: string;
	cells: string[];
	/** Readable excerpt with `<mark>` around the match (Pagefind escapes the text). */
	excerpt: string;
	/** The record's URL in the default language. */
	url: string;
}

/** A result found only with a synonym of the query's word. */
export interface SynonymHit extends SearchHit {
	/** The synonyms (as the list writes them) that found it. */
	words: string[];
}

export interface SearchOutcome {
	/** Pages whose text contains the query, best first. */
	exact: SearchHit[];
	/** Pages that contain the query with a word replaced by its synonym (and are not exact). */
	synonyms: SynonymHit[];
	/** Pages that contain every word of the query, but not together. */
	loose: SearchHit[];
}

/**
 * Loads `pagefind.js` and the Traditional→Simplified table from the site (`siteBase` ends with
 * a slash), only when search is used. `fetchText` and `importer` are replaceable for Node.
 */
export async function loadPagefind(
	siteBase: string,
	importer: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url),
	fetchText: (url: string) => Promise<string> = (url) =>
		fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status} ${url}`)))),
): Promise<PagefindApi> {
	const basePath = `${siteBase}pagefind/`;
	const [api, table, synonyms, shards] = await Promise.all([
		importer(`${basePath}pagefind.js`) as Promise<PagefindApi>,
		fetchText(`${basePath}${foldTableFile}`),
		fetchText(`${basePath}${synonymsFile}`),
		fetchText(`${basePath}${shardsFile}`),
	]);
	setCharacterFolder(folderFromTable(table));
	// Folded with the table just installed.
	setSynonyms(JSON.parse(synonyms) as string[][]);
	// Each index (shard) makes its own excerpts, so each gets the same length.
	const indexOptions = { excerptLength: 36 };
	await api.options({ basePath, ...indexOptions });
	await Promise.all(
		parseShardList(shards).map((folder) => api.mergeIndex(`${basePath}${folder}`, indexOptions)),
	);
	return api;
}

/** Facets in Pagefind's filter form: values of one facet are alternatives. */
export function toPagefindFilters(facets: FacetValues): Record<string, { any: string[] }> {
	return Object.fromEntries(
		Object.entries(facets)
			.filter(([, v]) => v?.length)
			.map(([name, values]) => [name, { any: values! }]),
	);
}

const toHit = (result: PagefindResult): SearchHit => {
	let loaded: Promise<HitData> | undefined;
	return {
		id: result.id,
		load: () => {
			loaded ??= result.data().then((fragment) => ({
				type: fragment.meta.type === 'guide' ? 'guide' : 'case',
				id: fragment.meta.id ?? '',
				title: fragment.meta.title ?? '',
				summary: fragment.meta.summary ?? '',
				cells: (fragment.meta.cells ?? '').split(' ').filter(Boolean),
				excerpt: readableExcerpt(fragment.excerpt),
				url: fragment.url,
			}));
			return loaded;
		},
	};
};

export async function runSearch(
	pagefind: PagefindApi,
	query: string,
	facets: FacetValues = {},
): Promise<SearchOutcome> {
	const filters = toPagefindFilters(facets);
	const exact = exactQuery(query);
	if (!exact) {
		// No words: with facets, list everything they select; without, nothing.
		if (!Object.keys(filters).length) return { exact: [], synonyms: [], loose: [] };
		const all = await pagefind.search(null, { filters });
		return { exact: (all?.results ?? []).map(toHit), synonyms: [], loose: [] };
	}
	const expansions = expandQuery(query);
	const [exactResults, headResults, looseResults, ...expanded] = await Promise.all([
		pagefind.search(exact, { filters }),
		pagefind.search(headQuery(query), { filters }),
		pagefind.search(looseQuery(query), { filters }),
		...expansions.map((e) => pagefind.search(exactQuery(e.query), { filters })),
	]);
	// Title and summary matches first, then the rest; each tier in Pagefind's weighted order.
	const ranked = looseResults?.results ?? [];
	const rank = new Map(ranked.map((r, i) => [r.id, i]));
	const inHead = new Set((headResults?.results ?? []).map((r) => r.id));
	const tier = (id: string) => (inHead.has(id) ? 0 : 1);
	const exactList = [...(exactResults?.results ?? [])].sort(
		(a, b) =>
			tier(a.id) - tier(b.id) || (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity),
	);
	const exactIds = new Set(exactList.map((r) => r.id));
	// Synonym results in the order of the expansions (one word replaced before two).
	const synonyms: SynonymHit[] = [];
	const found = new Set(exactIds);
	expanded.forEach((results, i) => {
		for (const result of results?.results ?? []) {
			if (found.has(result.id)) continue;
			found.add(result.id);
			synonyms.push({ ...toHit(result), words: expansions[i]!.words });
		}
	});
	// Chinese characters apart still say something; Latin letters apart (b, i, l of "bill") do not.
	const loose =
		queryWords(query).length > 1 && /\p{Script=Han}/u.test(query)
			? ranked.filter((r) => !found.has(r.id))
			: [];
	return { exact: exactList.map(toHit), synonyms, loose: loose.map(toHit) };
}

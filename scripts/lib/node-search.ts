/**
 * Runs the browser's search code (src/search/client.ts with the site's own pagefind.js) in
 * Node against a served site, for recall tests and the search benchmark.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import {
	loadPagefind,
	runSearch,
	type PagefindApi,
	type SearchHit,
} from '../../src/search/client.ts';
import type { FacetValues } from '../../src/lib/facets.ts';

export interface NodeSearch {
	pagefind: PagefindApi;
	/** Ids (case id or guide slug) of the exact, the synonym and the loose results. */
	search(
		query: string,
		facets?: FacetValues,
	): Promise<{ exact: string[]; synonyms: string[]; loose: string[] }>;
}

/** `dist` is the built site on disk, `siteUrl` where it is served (ends with a slash). */
export async function nodeSearch(dist: string, siteUrl: string): Promise<NodeSearch> {
	const pagefind = await loadPagefind(
		siteUrl,
		() => import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href),
	);
	// Each record's fragment is fetched once; after that its id is known.
	const ids = new Map<string, Promise<string>>();
	const idOf = (hit: SearchHit) => {
		if (!ids.has(hit.id))
			ids.set(
				hit.id,
				hit.load().then((data) => data.id),
			);
		return ids.get(hit.id)!;
	};
	return {
		pagefind,
		async search(query, facets = {}) {
			const outcome = await runSearch(pagefind, query, facets);
			return {
				exact: await Promise.all(outcome.exact.map(idOf)),
				synonyms: await Promise.all(outcome.synonyms.map(idOf)),
				loose: await Promise.all(outcome.loose.map(idOf)),
			};
		},
	};
}

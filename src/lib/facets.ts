/**
 * Facets cases can be filtered by, and how a filter set is written in a URL. The case list
 * and the search page both use these names, so a filtered link means the same on either.
 */
export const facetNames = [
	'kind',
	'row',
	'stage',
	'cell',
	'industry',
	'outcome',
	'servqual',
	'remedy',
	'scope',
	'touchpoint',
	'level',
	'kano',
	'style',
	'clear',
	'curve',
] as const;
export type FacetName = (typeof facetNames)[number];
export type FacetValues = Partial<Record<FacetName, string[]>>;

/** Reads `?kind=mot&row=C&row=S` (repeated or comma-separated values). */
export function parseFacets(params: URLSearchParams): FacetValues {
	const out: FacetValues = {};
	for (const name of facetNames) {
		const values = params
			.getAll(name)
			.flatMap((v) => v.split(','))
			.map((v) => v.trim())
			.filter(Boolean);
		if (values.length) out[name] = [...new Set(values)];
	}
	return out;
}

/** Writes the facets into `params`, replacing what was there. */
export function writeFacets(params: URLSearchParams, facets: FacetValues): URLSearchParams {
	for (const name of facetNames) {
		params.delete(name);
		const values = facets[name];
		if (values?.length) params.set(name, values.join(','));
	}
	return params;
}

/** A case matches when, for every facet that is set, it has one of the chosen values. */
export function matchesFacets(
	values: Partial<Record<FacetName, readonly string[]>>,
	facets: FacetValues,
): boolean {
	return facetNames.every((name) => {
		const wanted = facets[name];
		return !wanted?.length || wanted.some((w) => values[name]?.includes(w));
	});
}

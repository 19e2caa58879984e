/**
 * Facets cases can be filtered by, and how a filter set is written in a URL. The case list
 * and the search page both use these names, so a filtered link means the same on either.
 */
import { clearFacet, curveShape } from './course-facets.ts';

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

export interface FacetedCase {
	kind: string;
	grid: readonly string[];
	industry: string;
	outcome?: string;
	servqual?: readonly string[];
	scope: string;
	answer?: { remedies: readonly string[] };
	touchpoint?: string;
	serviceLevel?: string;
	demands?: readonly { type: string; kano?: string }[];
	customerStyle?: string;
	complaintHandling?: Readonly<Record<string, unknown>>;
	interaction?: readonly { perception?: unknown }[];
}

/** The values a case has for each facet. */
export function facetsOf(data: FacetedCase): Record<FacetName, string[]> {
	const cells = data.grid.map((code) => code.slice(0, 2).toUpperCase());
	return {
		kind: [data.kind],
		row: [...new Set(cells.map((c) => c[0]!))],
		stage: [...new Set(cells.map((c) => c[1]!))],
		cell: [...new Set(cells)],
		industry: [data.industry],
		outcome: data.outcome ? [data.outcome] : [],
		servqual: [...(data.servqual ?? [])],
		remedy: [...(data.answer?.remedies ?? [])],
		scope: [data.scope],
		touchpoint: data.touchpoint ? [data.touchpoint] : [],
		level: data.serviceLevel ? [data.serviceLevel] : [],
		kano: [...new Set((data.demands ?? []).flatMap((d) => (d.kano ? [d.kano] : [])))],
		style: data.customerStyle ? [data.customerStyle] : [],
		clear: clearFacet(data.complaintHandling),
		curve: [curveShape(data.interaction)].filter((shape) => shape !== undefined),
	};
}

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

/** Facet values as `data-` attributes (space-separated lists) for the static list. */
export function facetAttributes(data: FacetedCase): Record<string, string> {
	return Object.fromEntries(
		Object.entries(facetsOf(data)).map(([name, values]) => [`data-f-${name}`, values.join(' ')]),
	);
}

/**
 * The values a case has for each facet, at build time: the grid's row, stage and cell, the
 * registry's fields and parts that name a facet (`facet: 'remedy'` in schemas/case-fields.ts),
 * and the values derived from the course's structured fields (src/lib/course-facets.ts).
 */
import { caseFields } from '../../schemas/case-fields.ts';
import { clearFacet, curveShape } from './course-facets.ts';
import type { FacetName } from './facets.ts';

/** A case's data as the facets read it: the registry's keys. */
export type FacetedCase = Readonly<Record<string, unknown>> & {
	kind: string;
	grid: readonly string[];
};

const asList = (value: unknown): string[] =>
	value === undefined || value === null || value === ''
		? []
		: (Array.isArray(value) ? value : [value]).map(String);

/** Where each registry facet's values are in a case. */
const registryFacets: { facet: string; read: (data: FacetedCase) => unknown }[] =
	caseFields.flatMap((field) => [
		...(field.facet ? [{ facet: field.facet, read: (data: FacetedCase) => data[field.key] }] : []),
		...(field.parts ?? []).flatMap((part) =>
			part.facet
				? [
						{
							facet: part.facet,
							read: (data: FacetedCase) =>
								(data[field.key] as Record<string, unknown> | undefined)?.[part.key],
						},
					]
				: [],
		),
	]);

export function facetsOf(data: FacetedCase): Record<FacetName, string[]> {
	const cells = data.grid.map((code) => code.slice(0, 2).toUpperCase());
	const demands = (data.demands ?? []) as readonly { kano?: string }[];
	const values = {
		kind: [data.kind],
		row: [...new Set(cells.map((c) => c[0]!))],
		stage: [...new Set(cells.map((c) => c[1]!))],
		cell: [...new Set(cells)],
		kano: [...new Set(demands.flatMap((d) => (d.kano ? [d.kano] : [])))],
		clear: clearFacet(data.complaintHandling as Record<string, unknown> | undefined),
		curve: [curveShape(data.interaction as { perception?: unknown }[] | undefined)].filter(
			(shape) => shape !== undefined,
		),
	} as Record<FacetName, string[]>;
	for (const { facet, read } of registryFacets) values[facet as FacetName] = asList(read(data));
	return values;
}

/** Facet values as `data-` attributes (space-separated lists) for the static list. */
export function facetAttributes(data: FacetedCase): Record<string, string> {
	return Object.fromEntries(
		Object.entries(facetsOf(data)).map(([name, values]) => [`data-f-${name}`, values.join(' ')]),
	);
}

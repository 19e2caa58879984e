import { describe, expect, it } from 'vitest';
import { clearFacet, curveShape } from '../../src/lib/course-facets.ts';
import { facetsOf, matchesFacets, parseFacets } from '../../src/lib/facets.ts';
import { facetDefinitions } from '../../src/lib/facet-options.ts';
import { locales } from '../../schemas/locales.ts';

const curve = (...values: number[]) => values.map((perception) => ({ perception }));

describe('the perception curve facet', () => {
	it('names the shape staff look for', () => {
		expect(curveShape(curve(0, -2, 1, 2))).toBe('recovers');
		expect(curveShape(curve(1, -1, 0))).toBe('recovers');
		expect(curveShape(curve(1, 1, 2, 3))).toBe('rises');
		expect(curveShape(curve(1, 0, -3))).toBe('falls');
		expect(curveShape(curve(2, 2))).toBe('steady');
		expect(curveShape(curve(-1, -3, -3))).toBe('falls');
		expect(curveShape(curve(1))).toBeUndefined();
		expect(curveShape(undefined)).toBeUndefined();
	});
});

describe('the CLEAR facet', () => {
	it('lists the skipped steps, or says all five were taken', () => {
		expect(clearFacet({ control: 'a', listen: 'b', apologize: 'c', resolve: 'd' })).toEqual([
			'skipped-establish',
		]);
		const all = { control: 'a', listen: 'b', establish: 'c', apologize: 'd', resolve: 'e' };
		expect(clearFacet(all)).toEqual(['complete']);
		expect(clearFacet(undefined)).toEqual([]);
	});
});

describe('the course facets of a case', () => {
	const data = {
		kind: 'mot',
		grid: ['C2.3'],
		industry: 'banking',
		scope: 'external',
		touchpoint: 'core',
		serviceLevel: 'surprising',
		customerStyle: 'C',
		demands: [
			{ type: 'request', kano: 'basic' },
			{ type: 'need', kano: 'excitement' },
			{ type: 'need', kano: 'basic' },
			{ type: 'claim' },
		],
		interaction: curve(1, 1, 2, 3),
	};

	it('are read from the fields and matched through the URL', () => {
		const values = facetsOf(data);
		expect(values.touchpoint).toEqual(['core']);
		expect(values.level).toEqual(['surprising']);
		expect(values.style).toEqual(['C']);
		expect(values.kano).toEqual(['basic', 'excitement']);
		expect(values.curve).toEqual(['rises']);
		expect(values.clear).toEqual([]);
		expect(matchesFacets(values, parseFacets(new URLSearchParams('kano=excitement&style=C')))).toBe(
			true,
		);
		expect(matchesFacets(values, parseFacets(new URLSearchParams('curve=recovers')))).toBe(false);
	});

	it('have a labelled select with every value, in every language', () => {
		for (const lang of locales) {
			const definitions = facetDefinitions(lang);
			const names = definitions.map((d) => d.name);
			for (const name of ['touchpoint', 'level', 'kano', 'style', 'clear', 'curve'] as const)
				expect(names).toContain(name);
			const clear = definitions.find((d) => d.name === 'clear')!;
			expect(clear.options.map((o) => o.value)).toEqual([
				'complete',
				'skipped-control',
				'skipped-listen',
				'skipped-establish',
				'skipped-apologize',
				'skipped-resolve',
			]);
			expect(clear.options.every((o) => o.text && !o.text.includes('{'))).toBe(true);
		}
	});
});

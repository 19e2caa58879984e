import { describe, expect, it } from 'vitest';
import { clearFacet, curveShape } from '../../src/lib/course-facets.ts';
import { facetNames, matchesFacets, parseFacets } from '../../src/lib/facets.ts';
import { nextTime } from '../../src/lib/next-time.ts';
import { caseFields } from '../../schemas/case-fields.ts';
import { facetsOf } from '../../src/lib/case-facets.ts';
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

describe('facets named in the field registry', () => {
	it('are filters the case list and search know, each with its options', () => {
		const named = caseFields.flatMap((f) => [f.facet, ...(f.parts ?? []).map((p) => p.facet)]);
		const known = new Set<string>(facetNames);
		const defined = new Set(facetDefinitions('zh').map((d) => d.name as string));
		for (const facet of named.filter(Boolean)) {
			expect(known.has(facet!), facet).toBe(true);
			expect(defined.has(facet!), facet).toBe(true);
		}
	});

	it('read an SCQA case’s remedies and leave absent fields empty', () => {
		const values = facetsOf({
			kind: 'scqa',
			grid: ['s2.3'],
			industry: 'telecom',
			servqual: ['empathy', 'reliability'],
			answer: { steps: ['先道歉'], remedies: ['apology', 'follow-up'], value: '留住了客户' },
		});
		expect(values.remedy).toEqual(['apology', 'follow-up']);
		expect(values.servqual).toEqual(['empathy', 'reliability']);
		expect(values.industry).toEqual(['telecom']);
		expect(values.cell).toEqual(['S2']);
		expect(values.outcome).toEqual([]);
		expect(values.touchpoint).toEqual([]);
		expect(Object.keys(values).sort()).toEqual([...facetNames].sort());
	});
});

describe('"下次这样做" at the top of a case page', () => {
	it('lists an MOT case’s key points, the most critical first and marked', () => {
		expect(
			nextTime({
				kind: 'mot',
				keyPoints: { critical: '先核实身份', secondary: '', basic: '道别' },
			}),
		).toEqual({
			steps: [
				{ text: '先核实身份', critical: true },
				{ text: '道别', critical: false },
			],
			anchor: 'key-points',
		});
	});

	it('lists at most five of an SCQA case’s answer steps and links the answer', () => {
		const steps = ['一', '二', '三', '四', '五', '六'].map((n) => `第${n}步`);
		const next = nextTime({ kind: 'scqa', answer: { steps, remedies: [], value: '' } });
		expect(next?.steps.map((s) => s.text)).toEqual(steps.slice(0, 5));
		expect(next?.anchor).toBe('answer');
		expect(nextTime({ kind: 'scqa', answer: { steps: [' '], remedies: [] } })).toBeUndefined();
	});
});

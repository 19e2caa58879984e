import { describe, expect, inject, it } from 'vitest';
import { checkProject } from '../../src/checker/project-fs.ts';
import { pageWeight, type PageWeight } from '../../scripts/lib/page-weight.ts';

// Sizes, not times, so they are stable: what a reader on a weak network downloads first.
const site = inject('site');
const kb = 1024;
const describeWeight = (w: PageWeight) =>
	`${w.page}: html ${w.html} B, css ${w.css} B, js ${w.js} B (${w.files.join(', ') || 'no other files'})`;

describe('page weight budgets (gzip)', () => {
	// Case pages only: former ids are redirect pages with a script of their own.
	const cases = checkProject({ root: site.root }).cases.map((c) => c.data!.id);

	// Reading pages load one script of small enhancements (copy link, offline copy); search and
	// the presentation load theirs only when opened (README.md, "Static HTML first": 1.5 KB gzip).
	const enhancementBudget = 1.5 * kb;
	const onlyEnhancements = (w: PageWeight) =>
		w.files.filter((f) => f.endsWith('.js')).every((f) => /Page\.astro_astro_type_script/.test(f));

	it.each(cases)(
		'case page /cases/%s/ is at most 20 KB of HTML + CSS and loads only the small enhancement script',
		(id) => {
			const weight = pageWeight(site.dist, `cases/${id}/`);
			expect(weight.html + weight.css, describeWeight(weight)).toBeLessThanOrEqual(20 * kb);
			expect(weight.js, describeWeight(weight)).toBeLessThanOrEqual(enhancementBudget);
			expect(onlyEnhancements(weight), describeWeight(weight)).toBe(true);
		},
	);

	it('home page is at most 30 KB in all', () => {
		const weight = pageWeight(site.dist, '');
		expect(weight.total, describeWeight(weight)).toBeLessThanOrEqual(30 * kb);
	});

	it.each(['grid/c1/', 'guides/the-journey-grid/'])(
		'reading page /%s loads only the small enhancement script',
		(page) => {
			const weight = pageWeight(site.dist, page);
			expect(weight.js, describeWeight(weight)).toBeLessThanOrEqual(enhancementBudget);
			expect(onlyEnhancements(weight), describeWeight(weight)).toBe(true);
		},
	);
});

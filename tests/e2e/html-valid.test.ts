/**
 * Every built page of the sample site, in both languages, is valid HTML
 * (tests/helpers/html-validator.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { htmlProblems } from '../helpers/html-validator.ts';

const site = inject('site');

const pages = (readdirSync(site.dist, { recursive: true, encoding: 'utf8' }) as string[])
	.filter((file) => file.endsWith('.html'))
	.sort();

describe('the built site is valid HTML', () => {
	it('builds the pages of both languages', () => {
		expect(pages.length).toBeGreaterThan(100);
		for (const page of [
			'index.html',
			'en/index.html',
			'search/index.html',
			'en/search/index.html',
			'cases/index.html',
			'en/cases/index.html',
			'cases/gold-card-lounge/index.html',
			'en/cases/gold-card-lounge/index.html',
			'c/gold-card-lounge/index.html',
		]) {
			expect(pages).toContain(page);
		}
	});

	it.each(pages)('%s', async (page) => {
		expect(await htmlProblems(site.dist, page)).toEqual([]);
	});
});

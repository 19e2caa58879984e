/** `/cases.json`: the versioned feed of every case (shape: schemas/feed.ts). */
import type { APIRoute } from 'astro';
import type { Feed } from '../../schemas/feed.ts';
import { siteConfig, urls } from '../config/site.ts';
import { allCases, caseDate } from '../lib/content.ts';

export const GET: APIRoute = async () => {
	const cases = await allCases();
	const absolute = (path: string) => new URL(path, siteConfig.url).href;
	const feed: Feed = {
		version: 1,
		site: { name: siteConfig.name, url: absolute(urls.home()) },
		updated: cases.map(caseDate).sort().at(-1) ?? '',
		cases: cases.map((entry) => ({
			id: entry.id,
			kind: entry.data.kind,
			title: entry.data.title,
			summary: entry.data.summary,
			cells: [...entry.data.grid],
			industry: entry.data.industry,
			outcome: entry.data.outcome ?? null,
			url: absolute(urls.caseUrl(entry.id)),
			shortUrl: absolute(urls.shortUrl(entry.id)),
			published: entry.data.published,
			updated: entry.data.updated ?? null,
			aliases: [...(entry.data.aliases ?? [])],
		})),
	};
	return new Response(JSON.stringify(feed, null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};

/**
 * `/author/published.json`: the ids, titles (and translated titles) and aliases of every published case, which the
 * authoring form fetches so the checker's cross-file rules (unique id, aliases, `related`)
 * run in the browser as they do in CI. Small on purpose: no summaries, no URLs.
 */
import type { APIRoute } from 'astro';
import type { PublishedCase } from '../../authoring/check-draft.ts';
import { allCases } from '../../lib/content.ts';
import { caseFilePath } from '../../../schemas/case.ts';
import { translatedTitle } from '../../lib/content-language.ts';
import { locales } from '../../../schemas/locales.ts';

export const GET: APIRoute = async () => {
	const cases = await allCases();
	const list: PublishedCase[] = cases.map((entry) => {
		const titles = Object.fromEntries(
			locales.flatMap((lang) => {
				const title = translatedTitle(entry.data, lang).title;
				return title ? [[lang, title]] : [];
			}),
		);
		return {
			id: entry.id,
			title: entry.data.title,
			...(Object.keys(titles).length ? { titles } : {}),
			aliases: [...(entry.data.aliases ?? [])],
			file: entry.filePath ?? caseFilePath(entry.id),
		};
	});
	return new Response(JSON.stringify(list), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};

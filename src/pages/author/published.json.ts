/**
 * `/author/published.json`: the ids, titles (and English titles) and aliases of every published case, which the
 * authoring form fetches so the checker's cross-file rules (unique id, aliases, `related`)
 * run in the browser as they do in CI. Small on purpose: no summaries, no URLs.
 */
import type { APIRoute } from 'astro';
import type { PublishedCase } from '../../authoring/check-draft.ts';
import { allCases } from '../../lib/content.ts';
import { caseFilePath } from '../../../schemas/case.ts';
import { translatedTitle } from '../../lib/content-language.ts';

export const GET: APIRoute = async () => {
	const cases = await allCases();
	const list: PublishedCase[] = cases.map((entry) => {
		const enTitle = translatedTitle(entry.data, 'en').title;
		return {
			id: entry.id,
			title: entry.data.title,
			...(enTitle ? { enTitle } : {}),
			aliases: [...(entry.data.aliases ?? [])],
			file: entry.filePath ?? caseFilePath(entry.id),
		};
	});
	return new Response(JSON.stringify(list), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};

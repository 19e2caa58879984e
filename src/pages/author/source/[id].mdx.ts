/**
 * `/author/source/<id>.mdx`: each published case's file exactly as it is in the repository, so
 * the authoring form (`/author/?edit=<id>`) opens it with its comments and layout and saves an
 * edit that changes only what the author changed. Read through the checker's content reader
 * (regular files inside the project only), from the root the build runs in.
 */
import type { APIRoute } from 'astro';
import { contentReader } from '../../../checker/content-file-fs.ts';
import { cacheKey } from '../../../lib/cache-keys-fs.ts';
import { allCases, type CaseEntry } from '../../../lib/content.ts';
import { caseFilePath } from '../../../../schemas/case.ts';

export async function getStaticPaths() {
	const cases = await allCases();
	return cases.map((entry) => ({
		params: { id: entry.id },
		props: { entry },
		cacheKey: cacheKey(entry),
	}));
}

export const GET: APIRoute = ({ props }) => {
	const { entry } = props as { entry: CaseEntry };
	const file = entry.filePath ?? caseFilePath(entry.id);
	const { text, problem } = contentReader(process.cwd())(file);
	if (text === undefined)
		throw new Error(`cannot publish the source of ${file}: ${problem?.message}`);
	return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};

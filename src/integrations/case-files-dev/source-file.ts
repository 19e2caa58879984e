/**
 * `/author/source/<id>.mdx`: each published case's file exactly as it is in the repository, so
 * the authoring form (`/author/?edit=<id>`) opens it with its comments and layout and saves an
 * edit that changes only what the author changed. Read through the checker's content reader
 * (regular files inside the project only). This route serves them in `astro dev`; a build
 * writes them itself (../case-files.ts), so the route exists only in dev.
 */
import type { APIRoute } from 'astro';
import { contentReader } from '../../checker/content-file-fs.ts';
import { allCases, type CaseEntry } from '../../lib/content.ts';
import { caseFilePath } from '../../../schemas/case.ts';

export async function getStaticPaths() {
	return (await allCases()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export const GET: APIRoute = ({ props }) => {
	const { entry } = props as { entry: CaseEntry };
	const file = entry.filePath ?? caseFilePath(entry.id);
	const { text, problem } = contentReader(process.cwd())(file);
	if (text === undefined)
		throw new Error(`cannot publish the source of ${file}: ${problem?.message}`);
	return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};

/**
 * Content collections. Cases use the same schema factory as `npm run check`; the `id` field,
 * not the file name, is the entry id (and so the URL). Which files are cases or guides
 * (subfolders, `.md`/`.mdx`, `_`-prefixed drafts left out) comes from schemas/content-files.ts,
 * as for the checker's walk; tests/unit/content-walk.test.ts proves both find the same files.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createCaseSchema } from '../schemas/case.ts';
import { contentGlob, guideSlug } from '../schemas/content-files.ts';
import { guideSchema } from '../schemas/guide.ts';
import { loadVocabulary } from './config/load-fs.ts';

const cases = defineCollection({
	loader: glob({ ...contentGlob('cases'), generateId: ({ data }) => String(data.id) }),
	schema: createCaseSchema(loadVocabulary(process.cwd())),
});

const guides = defineCollection({
	// The same slug the search index links to.
	loader: glob({ ...contentGlob('guides'), generateId: ({ entry }) => guideSlug(entry) }),
	schema: guideSchema,
});

export const collections = { cases, guides };

/**
 * Content collections. Cases use the same schema factory as `npm run check`; the `id` field,
 * not the file name, is the entry id (and so the URL). `_`-prefixed files and folders are drafts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createCaseSchema } from '../schemas/case.ts';
import { guideSchema } from '../schemas/guide.ts';
import { loadVocabulary } from './config/load.ts';

const notDrafts = ['!**/_*', '!**/_*/**'];

const cases = defineCollection({
	loader: glob({
		base: './content/cases',
		pattern: ['**/*.{md,mdx}', ...notDrafts],
		generateId: ({ data }) => String(data.id),
	}),
	schema: createCaseSchema(loadVocabulary(process.cwd())),
});

const guides = defineCollection({
	loader: glob({ base: './content/guides', pattern: ['**/*.{md,mdx}', ...notDrafts] }),
	schema: guideSchema,
});

export const collections = { cases, guides };

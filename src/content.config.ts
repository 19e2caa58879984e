/**
 * Content collections. Cases use the same schema factory as `npm run check`; the `id` field,
 * not the file name, is the entry id (and so the URL). `_`-prefixed files and folders are drafts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { createCaseSchema } from '../schemas/case.ts';
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
	schema: z.strictObject({
		/** Chapter title. */
		title: z.string().min(1),
		/** One sentence for lists, search results and the page description. */
		description: z.string().min(1),
		/** Position in the table of contents (ascending). */
		order: z.number().int(),
		/** Language the guide is written in. */
		lang: z.enum(['zh', 'en']).default('zh'),
	}),
});

export const collections = { cases, guides };

/**
 * Content collections. Cases use the same schema factory as `npm run check`; the `id` field,
 * not the file name, is the entry id (and so the URL). Which files are cases or guides
 * (subfolders, `.md`/`.mdx`, `_`-prefixed drafts left out) comes from schemas/content-files.ts,
 * as for the checker's walk; tests/unit/content-walk.test.ts proves both find the same files.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createCaseSchema } from '../schemas/case.ts';
import { contentGlob, contentGlobPattern, guideSlug } from '../schemas/content-files.ts';
import { guideSchema } from '../schemas/guide.ts';
import { setExtensions, setSchema, setsDir } from '../schemas/set.ts';
import { loadSiteConfig, loadVocabulary } from './config/load-fs.ts';
import { noteSchema, notesDir } from '../schemas/note.ts';
import { staticBodies } from './lib/static-bodies-loader.ts';
import { urls } from './config/site.ts';

// Case bodies (no components, no expressions) become HTML at sync, kept in the content store:
// no MDX module per case in the build (src/lib/static-bodies-loader.ts).
const cases = defineCollection({
	loader: staticBodies(
		glob({ ...contentGlob('cases'), generateId: ({ data }) => String(data.id) }),
		urls,
	),
	schema: createCaseSchema(loadVocabulary(process.cwd())),
});

const guides = defineCollection({
	// The same slug the search index links to.
	loader: glob({ ...contentGlob('guides'), generateId: ({ entry }) => guideSlug(entry) }),
	schema: guideSchema,
});

// Case sets: YAML files (`npm run check` validates them first, with file and line).
const sets = defineCollection({
	loader: glob({
		base: `./${setsDir}`,
		pattern: [`**/*.{${setExtensions.join(',')}}`, '!**/_*', '!**/_*/**'],
		generateId: ({ data }) => String(data.id),
	}),
	schema: setSchema,
});

// Teaching notes exist only in the trainer edition: the public build never reads the folder, so
// no byte of a note reaches dist/, the search index or the offline list.
const notes = defineCollection({
	loader: loadSiteConfig(process.cwd()).trainer
		? glob({ base: `./${notesDir}`, pattern: contentGlobPattern })
		: () => [],
	schema: noteSchema,
});

export const collections = { cases, guides, sets, notes };

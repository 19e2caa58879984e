/**
 * The company's own vocabulary (`content/vocabulary.yaml`): industries and suggested tags.
 * Parsing lives here; reading the file lives with the callers (Node or the build), so the
 * browser form can use the same schema on data embedded in the page.
 */
import { z } from 'astro/zod';
import { localized } from './locales.ts';

/** A label in every UI language. */
const labelSchema = z.object(localized(() => z.string().min(1)));

export const vocabularySchema = z.object({
	/** Industry key (used in case files) to its labels. */
	industries: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), labelSchema),
	/** When true, a tag outside `tags` is an error instead of being accepted. */
	strictTags: z.boolean().default(false),
	/** Suggested tags, offered by the form and used for did-you-mean. */
	tags: z.array(z.string().min(1)).default([]),
});

export type Vocabulary = z.infer<typeof vocabularySchema>;

/** Validates parsed YAML; throws with every problem listed. */
export function parseVocabulary(data: unknown, source = 'content/vocabulary.yaml'): Vocabulary {
	const result = vocabularySchema.safeParse(data);
	if (result.success) return result.data;
	const lines = result.error.issues.map(
		(issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`,
	);
	throw new Error(`${source} is not a valid vocabulary:\n${lines.join('\n')}`);
}

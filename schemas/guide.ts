/** A handbook chapter (`content/guides/*.mdx`): the frontmatter the site and the checker expect. */
import { z } from 'astro/zod';
import { defaultLocale, locales } from './locales.ts';

export const guideSchema = z.strictObject({
	/** Chapter title. */
	title: z.string({ error: 'field.type.string' }).trim().min(1, { error: 'field.empty' }),
	/** One sentence for lists, search results and the page description. */
	description: z.string({ error: 'field.type.string' }).trim().min(1, { error: 'field.empty' }),
	/** Position in the table of contents (ascending). */
	order: z.number({ error: 'field.type' }).int({ error: 'field.type' }),
	/** Language the guide is written in. */
	lang: z.enum(locales).default(defaultLocale),
});

export type GuideData = z.infer<typeof guideSchema>;

/**
 * Teaching notes (`content/notes/<case-id>.mdx`): kept from learners, built only in the trainer
 * edition. The body holds the objectives, timing, board plan, debrief questions with model
 * answers and what happened afterwards; the frontmatter what the presenter view shows first.
 */
import { z } from 'astro/zod';

/** Where teaching notes live; a note's file name is its case's id. */
export const notesDir = 'content/notes';

const text = z.string({ error: 'field.type.string' }).trim().min(1, { error: 'field.empty' });

export const noteSchema = z.strictObject({
	/** What the class should take from this case, one per item. */
	objectives: z.array(text, { error: 'field.type.list' }).min(1, { error: 'field.list.empty' }),
	/** Suggested minutes for the case in class. */
	minutes: z
		.number({ error: 'set.minutes' })
		.int({ error: 'set.minutes' })
		.min(1)
		.max(600)
		.optional(),
});

export type NoteData = z.infer<typeof noteSchema>;

/**
 * A case set (`content/sets/<id>.yaml`): a class built from the handbook's cases, in teaching
 * order with a time plan. `npm run check` and the build validate it with this schema; ids,
 * duplicates and unknown cases are checked across files by src/checker/sets.ts.
 */
import { z } from 'astro/zod';
import { caseIdPattern } from './case.ts';
import { defaultLocale, locales } from './locales.ts';

/** Where set files live; one set per `.yaml` file, the file name is not the id. */
export const setsDir = 'content/sets';
/** Extensions of a set file. */
export const setExtensions = ['yaml', 'yml'] as const;
/** A set file's name (drafts, `_`-prefixed, are left out by the walk like cases). */
export const isSetFileName = (name: string): boolean =>
	setExtensions.some((extension) => name.endsWith(`.${extension}`));

/** Ids whose URL an ad-hoc set's pages already use (`/sets/present/`, `/sets/handout/`). */
export const reservedSetIds: readonly string[] = ['present', 'handout'];

const text = z.string({ error: 'field.type.string' }).trim().min(1, { error: 'field.empty' });
const minutes = z
	.number({ error: 'set.minutes' })
	.int({ error: 'set.minutes' })
	.min(1, { error: 'set.minutes' })
	.max(600, { error: 'set.minutes' });

export const setCaseSchema = z.strictObject({
	/** The case's id (`content/cases/…`, its `id` field). */
	id: z.string({ error: 'id.pattern' }).regex(caseIdPattern, { error: 'id.pattern' }),
	/** Minutes the class spends on this case. */
	minutes,
	/** What the trainer asks or does when the case opens (shown on its divider slide). */
	prompt: text.optional(),
});

export const setSchema = z.strictObject({
	/** Stable id: the URL is `/sets/<id>/` (`present` and `handout` are the ad-hoc set's pages). */
	id: z
		.string({ error: 'id.pattern' })
		.regex(caseIdPattern, { error: 'id.pattern' })
		.refine((id) => !reservedSetIds.includes(id), { error: 'set.reservedId' }),
	/** The class's title. */
	title: text,
	/** Who the class is for. */
	audience: text,
	/** Planned length in minutes (the cases' minutes plus introduction and breaks). */
	duration: minutes,
	/** What learners can do after the class, one per item. */
	objectives: z.array(text, { error: 'field.type.list' }).min(1, { error: 'field.list.empty' }),
	/** The cases in teaching order. */
	cases: z.array(setCaseSchema, { error: 'field.type.list' }).min(1, { error: 'set.noCases' }),
	/** Language the set's texts are written in. */
	lang: z.enum(locales).default(defaultLocale),
});

export type SetData = z.infer<typeof setSchema>;
export type SetCase = z.infer<typeof setCaseSchema>;

/**
 * The JSON feed `/cases.json` (version 1): every case's public facts, for slide tools and other
 * programs. Versioned: fields are only added; a change of meaning gets a new version number.
 */
import { z } from 'astro/zod';
import { localized } from './locales.ts';

export const feedCaseSchema = z.strictObject({
	/** Stable case id. */
	id: z.string(),
	/** `mot` or `scqa`. */
	kind: z.enum(['mot', 'scqa']),
	title: z.string(),
	summary: z.string(),
	/** Grid codes as written in the case (`C1.2`), primary first. */
	cells: z.array(z.string()).min(1),
	/** The industry key from the vocabulary. */
	industry: z.string(),
	/** `positive`, `negative`, `mixed`, or null when not given. */
	outcome: z.enum(['positive', 'negative', 'mixed']).nullable(),
	/** Absolute URL of the case page. */
	url: z.url(),
	/** Absolute short link (`…/c/<id>`), for slides and QR codes. */
	shortUrl: z.url(),
	/** `YYYY-MM-DD`. */
	published: z.string(),
	/** `YYYY-MM-DD`, or null. */
	updated: z.string().nullable(),
	/** Former ids that redirect to this case. */
	aliases: z.array(z.string()),
});

export const feedSchema = z.strictObject({
	/** Shape version of this feed. */
	version: z.literal(1),
	/** The handbook's name and absolute home URL. */
	site: z.strictObject({ name: z.strictObject(localized(() => z.string())), url: z.url() }),
	/** The newest `published`/`updated` date of any case: when the content last changed. */
	updated: z.string(),
	/** Every published case, newest first. */
	cases: z.array(feedCaseSchema),
});

export type Feed = z.infer<typeof feedSchema>;

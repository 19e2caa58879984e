/**
 * Teaching notes by case id, in the trainer edition only (the collection is empty otherwise:
 * src/content.config.ts never reads `content/notes/` in a public build).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../config/site.ts';

export type NoteEntry = CollectionEntry<'notes'>;

let notesPromise: Promise<Map<string, NoteEntry>> | undefined;

/** True in the trainer edition (`SITE_EDITION=trainer` or `trainer: true` in site.yaml). */
export const trainerEdition = siteConfig.trainer;

export function notesByCase(): Promise<Map<string, NoteEntry>> {
	notesPromise ??= (
		trainerEdition ? getCollection('notes') : Promise.resolve([] as NoteEntry[])
	).then((list) => new Map(list.map((note) => [note.id.replace(/^.*\//, ''), note])));
	return notesPromise;
}

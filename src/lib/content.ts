/**
 * The handbook's content as pages use it. Collections are read once per build and shared by
 * every page, so ten thousand case pages do not sort ten thousand copies.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGridIndex } from './grid-index.ts';
import { searchExample } from './content-language.ts';
import type { Locale } from '../../schemas/locales.ts';

export type CaseEntry = CollectionEntry<'cases'>;
export type GuideEntry = CollectionEntry<'guides'>;

/** A case body's HTML in a language, as rendered at content sync (src/lib/static-bodies-loader.ts). */
export function caseBodyHtml(entry: CaseEntry, lang: Locale): string {
	const rendered = entry.rendered;
	if (!rendered) return '';
	const byLang = rendered.metadata?.byLang as Partial<Record<Locale, string>> | undefined;
	return byLang?.[lang] ?? rendered.html;
}

/** The date a reader cares about: the last update, else publication. */
export const caseDate = (entry: CaseEntry) => entry.data.updated ?? entry.data.published;

const newestFirst = (a: CaseEntry, b: CaseEntry) =>
	caseDate(b).localeCompare(caseDate(a)) || a.id.localeCompare(b.id);

let casesPromise: Promise<CaseEntry[]> | undefined;
let guidesPromise: Promise<GuideEntry[]> | undefined;
let gridPromise: Promise<ReturnType<typeof buildGridIndex<CaseEntry>>> | undefined;
let byIdPromise: Promise<Map<string, CaseEntry>> | undefined;

/** All cases, newest first. */
export function allCases(): Promise<CaseEntry[]> {
	casesPromise ??= getCollection('cases').then((list) => list.sort(newestFirst));
	return casesPromise;
}

export function caseById(): Promise<Map<string, CaseEntry>> {
	byIdPromise ??= allCases().then((list) => new Map(list.map((c) => [c.id, c])));
	return byIdPromise;
}

export function gridIndex() {
	gridPromise ??= allCases().then((list) => buildGridIndex(list));
	return gridPromise;
}

const examples = new Map<Locale, Promise<string | undefined>>();

/**
 * The search box's example word on pages in `lang`, found once per build: every page's header
 * shows it, and finding it may read every case (a scan per page made English pages O(cases)).
 */
export function caseSearchExample(lang: Locale): Promise<string | undefined> {
	let example = examples.get(lang);
	if (!example) {
		example = allCases().then((list) => searchExample(list, lang));
		examples.set(lang, example);
	}
	return example;
}

/** Guides in table-of-contents order. */
export function allGuides(): Promise<GuideEntry[]> {
	guidesPromise ??= getCollection('guides').then((list) =>
		list.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
	);
	return guidesPromise;
}

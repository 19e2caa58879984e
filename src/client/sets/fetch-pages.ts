/**
 * An ad-hoc set (`?cases=a,b,c`) is built from pages the site already has: `/cases.json` for
 * titles, each case's slides or handout page for the rest (same origin, saved offline like any
 * page the reader opens).
 */
import { createUrls, type Urls } from '../../lib/urls.ts';
import { casesParam } from '../../lib/set-plan.ts';
import type { Locale } from '../../../schemas/locales.ts';

export interface PageContext {
	urls: Urls;
	lang: Locale;
	ids: string[];
}

export function pageContext(): PageContext {
	const root = document.documentElement.dataset;
	const lang = root.lang as Locale;
	return {
		urls: createUrls(root.base ?? '/', (root.defaultLang ?? lang) as Locale),
		lang,
		ids: casesParam(location.search),
	};
}

/** A page of the site as a document, or null when it does not exist (an unknown id). */
export async function fetchPage(url: string): Promise<Document | null> {
	try {
		const response = await fetch(url);
		if (!response.ok) return null;
		return new DOMParser().parseFromString(await response.text(), 'text/html');
	} catch {
		return null;
	}
}

/** Imports nodes of another document into this one (they are then safe to append). */
export const adopt = <T extends Node>(node: T): T => document.importNode(node, true);

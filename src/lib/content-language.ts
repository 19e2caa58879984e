/**
 * The language a case is written in, against the page's UI language: which `lang` attribute its
 * text needs (none when they agree), and whether an English page must say the case is not in
 * English. Build-time only (reads the site configuration).
 */
import { contentLanguages, type ContentLanguage } from '../../schemas/content-languages.ts';
import { siteConfig } from '../config/site.ts';
import { htmlLang, label, type Locale } from '../i18n/ui.ts';

export interface CaseLanguage {
	tag: ContentLanguage;
	/** For the `lang` attribute of the case's own text: undefined when the page already says it. */
	attr: ContentLanguage | undefined;
	/** The language's name in the UI language, when the reader should be told (another language). */
	note: string | undefined;
}

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

export function caseLanguage(data: Record<string, unknown>, ui: Locale): CaseLanguage {
	const tag = (data.lang as ContentLanguage | undefined) ?? siteConfig.contentLang;
	const term = contentLanguages.list.find((l) => l.key === tag)!;
	return {
		tag,
		attr: tag === htmlLang[ui] ? undefined : tag,
		note: primary(tag) === primary(htmlLang[ui]) ? undefined : label(term.label, ui),
	};
}

/**
 * A case's title and summary in the page's UI language, when the case gives them under that
 * language's code (`en: { title, summary }`) and is written in another.
 */
export function translatedTitle(
	data: Record<string, unknown>,
	ui: Locale,
): { title?: string; summary?: string } {
	const own = data[ui];
	if (!caseLanguage(data, ui).note || !own || typeof own !== 'object') return {};
	return own as { title?: string; summary?: string };
}

/**
 * A word for the search box's example on a page whose UI language is not the cases': from the
 * cases' summaries in that language (their own or translated); undefined when there are none.
 */
export function searchExample(
	cases: readonly { data: Record<string, unknown> & { summary: string } }[],
	ui: Locale,
): string | undefined {
	for (const { data } of cases) {
		const text =
			translatedTitle(data, ui).summary ?? (caseLanguage(data, ui).note ? '' : data.summary);
		const word = /\p{L}{5,}/u.exec(text)?.[0];
		if (word) return word.toLowerCase();
	}
	return undefined;
}

/**
 * The `lang` attribute for a case set's own text (title, audience, objectives, prompts), which
 * is written in one of the UI languages (`lang` in content/sets/*.yaml): none when the page
 * speaks it.
 */
export const setLangAttr = (set: { lang: Locale }, ui: Locale): string | undefined =>
	set.lang === ui ? undefined : htmlLang[set.lang];

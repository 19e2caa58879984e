/**
 * The sections of a case page and their anchors. Anchors are a contract: trainers link
 * `…/cases/<id>/#key-points` from slides, so an id here never changes. The sections come from
 * the one renderer (case-view.ts), which reads the field registry.
 */
import type { CaseData } from '../../schemas/case.ts';
import { localized, type Label } from '../../schemas/locales.ts';
import { useTranslations, type UiKey } from '../i18n/ui.ts';
import { caseView, type ViewLabels } from './case-view.ts';

export interface CaseSection {
	/** The anchor, stable forever. */
	id: string;
	/** The heading in each language. */
	label: Label;
}

/** A UI string in every language. */
const both = (key: UiKey): Label => localized((locale) => useTranslations(locale)(key));

/** The page's own words the case sections use, in both languages (the preview gets them as data). */
export const caseViewLabels: ViewLabels = {
	facts: both('case.facts'),
	narrative: both('case.narrative'),
	story: both('case.story'),
	curve: both('case.curve'),
	guide: both('case.guideLink'),
};

export const sectionAbout: CaseSection = { id: 'about', label: both('case.about') };

/** The sections a case shows, in reading order; optional ones only when filled. */
export function caseSections(data: CaseData, hasBody: boolean): CaseSection[] {
	const sections = caseView(data as unknown as Parameters<typeof caseView>[0], {
		lang: 'zh',
		labels: caseViewLabels,
		hasBody,
	});
	return [...sections.map(({ id, label }) => ({ id, label })), sectionAbout];
}

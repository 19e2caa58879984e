/**
 * The sections of a case page and their anchors. Anchors are a contract: trainers link
 * `…/cases/<id>/#key-points` from slides, so an id here never changes.
 */
import type { CaseData } from '../../schemas/case.ts';
import type { UiKey } from '../i18n/ui.ts';

export interface CaseSection {
	/** The anchor, stable forever. */
	id: string;
	/** UI string for the heading. */
	label: UiKey;
}

const section = (id: string, label: UiKey): CaseSection => ({ id, label });

export const sectionFacts = section('facts', 'case.facts');
export const sectionNarrative = section('narrative', 'case.narrative');
export const sectionStory = section('story', 'case.story');
export const sectionDemands = section('demands', 'case.demands');
export const sectionGaps = section('gaps', 'case.gaps');
export const sectionKeyPoints = section('key-points', 'case.keyPoints');
export const sectionProcessChanges = section('process-changes', 'case.processChanges');
export const sectionInsights = section('insights', 'case.insights');
export const sectionQuestions = section('questions', 'case.questions');
export const sectionSituation = section('situation', 'case.situation');
export const sectionComplication = section('complication', 'case.complication');
export const sectionQuestion = section('question', 'case.question');
export const sectionAnswer = section('answer', 'case.answer');
export const sectionRelated = section('related', 'case.related');
export const sectionAbout = section('about', 'case.about');

/** The sections a case shows, in reading order; optional ones only when filled. */
export function caseSections(data: CaseData, hasBody: boolean): CaseSection[] {
	const tail = [
		...(data.questions?.length ? [sectionQuestions] : []),
		...(data.related?.length ? [sectionRelated] : []),
		sectionAbout,
	];
	if (data.kind === 'mot') {
		return [sectionFacts, sectionNarrative, sectionDemands, sectionGaps, sectionKeyPoints, sectionProcessChanges, sectionInsights, ...tail];
	}
	return [sectionFacts, sectionSituation, sectionComplication, sectionQuestion, sectionAnswer, ...(hasBody ? [sectionStory] : []), ...tail];
}

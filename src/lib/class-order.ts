/**
 * The order of a case's slides in class mode: opening, story, questions, then the analysis, so
 * a class discusses before it reads the answer. Its own module: the presentation's browser
 * script needs only this, not the slide builder and its strings.
 */
export type SlideGroup = 'opening' | 'story' | 'analysis' | 'questions';

/** The class-mode order: opening, story, questions, then the analysis. */
export function classOrder<T extends { group: SlideGroup }>(slides: readonly T[]): T[] {
	const rank: Record<SlideGroup, number> = { opening: 0, story: 1, questions: 2, analysis: 3 };
	return [...slides].sort((a, b) => rank[a.group] - rank[b.group]);
}

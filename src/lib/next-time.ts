/**
 * "下次这样做": what a reader should do next time, from the case's own analysis, for the top of
 * the case page: an MOT case's key points, the most critical first; an SCQA case's answer
 * steps. With the anchor of the section that holds the full analysis.
 */
import { keyPointLevels } from '../../schemas/course-vocabulary.ts';

export interface NextTime {
	steps: { text: string; critical: boolean }[];
	/** The section the block links to for the whole analysis. */
	anchor: 'key-points' | 'answer';
}

/** An SCQA answer can be long; the block stays short. */
const maxSteps = 5;

export function nextTime(data: Record<string, unknown>): NextTime | undefined {
	const field = (key: string) => (data[key] ?? {}) as Record<string, unknown>;
	const steps =
		data.kind === 'scqa'
			? ((field('answer').steps as string[] | undefined) ?? []).map((text) => ({
					text,
					critical: false,
				}))
			: keyPointLevels.list.map(({ key }) => ({
					text: String(field('keyPoints')[key] ?? ''),
					critical: key === 'critical',
				}));
	const shown = steps.filter((step) => step.text.trim()).slice(0, maxSteps);
	if (!shown.length) return undefined;
	return { steps: shown, anchor: data.kind === 'scqa' ? 'answer' : 'key-points' };
}

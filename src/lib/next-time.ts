/**
 * "下次这样做": what a reader should do next time, from the case's own analysis, for the top of
 * the case page. The registry marks where it is (`nextTime` in schemas/case-fields.ts): an MOT
 * case's key points, the most critical first; an SCQA case's answer steps. With the anchor of
 * the section that holds the full analysis.
 */
import { caseFields } from '../../schemas/case-fields.ts';

export interface NextTime {
	steps: { text: string; critical: boolean }[];
	/** The section the block links to for the whole analysis. */
	anchor: string;
}

/** An SCQA answer can be long; the block stays short. */
const maxSteps = 5;

const texts = (value: unknown): string[] =>
	(Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string');

export function nextTime(data: Record<string, unknown>): NextTime | undefined {
	for (const field of caseFields) {
		if (!field.kinds.includes(data.kind as never) || !field.section) continue;
		const value = (data[field.key] ?? {}) as Record<string, unknown>;
		// A record marked as a whole: its parts in order, the first the most critical.
		const steps = field.nextTime
			? (field.parts ?? []).flatMap((part, i) =>
					texts(value[part.key]).map((text) => ({ text, critical: i === 0 })),
				)
			: (field.parts ?? [])
					.filter((part) => part.nextTime)
					.flatMap((part) => texts(value[part.key]).map((text) => ({ text, critical: false })));
		const shown = steps.filter((step) => step.text.trim()).slice(0, maxSteps);
		if (shown.length) return { steps: shown, anchor: field.section };
	}
	return undefined;
}

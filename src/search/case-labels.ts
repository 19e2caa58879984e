/**
 * What a case is filed under, as words a reader may search for: its grid codes with the
 * labels of their point, cell, customer kind and stage (S2.3, 态度恶劣, 离开客户), its tags,
 * its industry and outcome labels, and an English title and summary when it has them.
 * Each is a field of its own in the index, so no match runs from one label into the next.
 */
import { parseGridCode } from '../../schemas/grid.ts';
import { outcomes } from '../../schemas/course-vocabulary.ts';
import { locales, type Label } from '../../schemas/locales.ts';
import type { Vocabulary } from '../../schemas/vocabulary.ts';

/** The parts of a case these labels come from (any case kind). */
export interface LabelledCase {
	grid: readonly string[];
	tags?: readonly string[];
	industry: string;
	outcome?: string;
	en?: { title?: string; summary?: string };
}

const every = (label: Label) => locales.map((locale) => label[locale]);

/** The label texts of a case, without repeats, in a stable order. */
export function caseLabelParts(
	data: LabelledCase,
	industries: Vocabulary['industries'] = {},
): string[] {
	const parts: string[] = [];
	for (const code of data.grid) {
		const ref = parseGridCode(code);
		if (!ref) continue;
		if (ref.point) parts.push(ref.point.code, ...every(ref.point.label));
		parts.push(
			ref.cell.code,
			...every(ref.cell.row.label),
			...(ref.cell.row.aliases ?? []),
			...every(ref.cell.stage.short),
		);
	}
	parts.push(...(data.tags ?? []));
	const industry = industries[data.industry];
	if (industry) parts.push(...every(industry));
	if (data.outcome) parts.push(...every(outcomes.label(data.outcome as never)));
	if (data.en?.title) parts.push(data.en.title);
	if (data.en?.summary) parts.push(data.en.summary);
	return [...new Set(parts.filter(Boolean))];
}

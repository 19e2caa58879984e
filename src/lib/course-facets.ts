/**
 * Facet values derived from the course's structured fields, for the case list and search:
 * the shape of an interaction's perception curve, and which CLEAR steps a complaint's handling
 * left out. Pure and small: the case list's script loads it with facets.ts.
 */
import { clearSteps } from '../../schemas/course-vocabulary.ts';
import type { Label } from '../../schemas/locales.ts';

/** The shape of a perception curve, as staff would look for it. */
export const curveShapes: readonly { key: string; label: Label }[] = [
	{ key: 'recovers', label: { zh: '先跌后升', en: 'Drops, then recovers' } },
	{ key: 'rises', label: { zh: '一路上升', en: 'Rises' } },
	{ key: 'falls', label: { zh: '一路下滑', en: 'Falls' } },
	{ key: 'steady', label: { zh: '始终不变', en: 'Steady' } },
];

/** Recovers: dips below where it started and ends above its lowest point; else by its ends. */
export function curveShape(
	steps: readonly { perception?: unknown }[] | undefined,
): string | undefined {
	const values = (steps ?? [])
		.map((step) => step.perception)
		.filter((v): v is number => typeof v === 'number');
	if (values.length < 2) return undefined;
	const first = values[0]!;
	const last = values.at(-1)!;
	const low = Math.min(...values);
	if (low < first && last > low) return 'recovers';
	return last > first ? 'rises' : last < first ? 'falls' : 'steady';
}

/** The CLEAR facet's values: `complete`, or `skipped-<step>` for every step the handling left out. */
export const clearComplete = 'complete';
export const clearSkipped = (step: string) => `skipped-${step}`;

export function clearFacet(handling: Readonly<Record<string, unknown>> | undefined): string[] {
	if (!handling || !Object.keys(handling).length) return [];
	const skipped = clearSteps.list.filter((step) => !handling[step.key]);
	return skipped.length ? skipped.map((step) => clearSkipped(step.key)) : [clearComplete];
}

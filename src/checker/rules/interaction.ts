/**
 * The course's order of an interaction: explore → propose → act → confirm. A step written
 * before one that comes earlier in that order is a warning, not an error: a case may record an
 * interaction that went wrong (acting before exploring is often the lesson). Values outside
 * −3 … +3 are the schema's error (`perception`), like the case's own perception.
 */
import { interactionSteps } from '../../../schemas/course-vocabulary.ts';
import { ruleOf } from '../messages.ts';
import { formatFieldPath, type Problem } from '../problem.ts';
import { positionOf, type CaseSource } from '../source.ts';

const rank = new Map<string, number>(interactionSteps.list.map((step, index) => [step.key, index]));

/** The order the course teaches, as the messages quote it. */
export const interactionOrder = interactionSteps.keys.join(' → ');

/** One warning per step that comes after a later step of the order. */
export function interactionRules(source: CaseSource, data: Record<string, unknown>): Problem[] {
	const steps = Array.isArray(data.interaction) ? data.interaction : [];
	const problems: Problem[] = [];
	let latest: { index: number; step: string } | undefined;
	steps.forEach((item: unknown, index) => {
		const step = (item as { step?: unknown } | null)?.step;
		if (typeof step !== 'string' || !rank.has(step)) return;
		if (latest && rank.get(step)! < rank.get(latest.step)!) {
			const path = ['interaction', index, 'step'];
			problems.push({
				file: source.file,
				...positionOf(source, path, 'value'),
				severity: 'warning',
				rule: ruleOf('interaction.order'),
				field: formatFieldPath(path),
				message: 'interaction.order',
				params: { step, previous: latest.step, order: interactionOrder },
			});
			return;
		}
		latest = { index, step };
	});
	return problems;
}

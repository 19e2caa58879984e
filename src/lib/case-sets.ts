/**
 * Case sets as pages use them (build time): every set, its cases resolved and timed, and the
 * sets a case belongs to. `npm run check` has already refused a set naming a missing case.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { caseById, type CaseEntry } from './content.ts';
import { timePlan } from './set-plan.ts';

export type SetEntry = CollectionEntry<'sets'>;

export interface SetCaseView {
	entry: CaseEntry;
	minutes: number;
	prompt?: string;
	start: number;
	end: number;
}

let setsPromise: Promise<SetEntry[]> | undefined;

/** Every set, by title. */
export function allSets(): Promise<SetEntry[]> {
	setsPromise ??= getCollection('sets').then((list) =>
		list.sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh') || a.id.localeCompare(b.id)),
	);
	return setsPromise;
}

/** A set's cases in teaching order, with their times in the class. */
export async function setCases(set: SetEntry): Promise<SetCaseView[]> {
	const byId = await caseById();
	return timePlan(
		set.data.cases.flatMap((item) => {
			const entry = byId.get(item.id);
			return entry ? [{ entry, minutes: item.minutes, prompt: item.prompt }] : [];
		}),
	);
}

/** The sets that use a case, for its page. */
export async function setsOfCase(caseId: string): Promise<SetEntry[]> {
	return (await allSets()).filter((set) => set.data.cases.some((c) => c.id === caseId));
}

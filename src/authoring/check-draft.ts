/**
 * Checks the form's draft exactly as `npm run check` would check the file in the repository:
 * the single-file rules, then the cross-file rules against the cases already published
 * (ids, aliases, related), which the page fetches as a small list.
 */
import { checkCaseText, indexEntry, type CheckContext } from '../checker/check.ts';
import type { Problem } from '../checker/problem.ts';
import { crossFileRules, type IndexedCase } from '../checker/rules/cross-file.ts';
import { readCaseSource } from '../checker/source.ts';
import type { Locale } from '../../schemas/locales.ts';

/** A published case, as far as the cross-file rules need it. */
export interface PublishedCase {
	id: string;
	title: string;
	/** Its title in other UI languages (`en.title`), when it has one: the form in that language names the case by it. */
	titles?: Partial<Record<Locale, string>>;
	aliases: string[];
	/** Its file in the repository, named in a clash. */
	file: string;
}

export function checkDraft(
	file: string,
	mdx: string,
	context: CheckContext,
	published: readonly PublishedCase[],
): Problem[] {
	const checked = checkCaseText(file, mdx, context);
	const draft = indexEntry(checked);
	if (!draft) return checked.problems;
	const others = published.map((c): IndexedCase => ({
		source: readCaseSource(c.file, ''),
		id: c.id,
		aliases: c.aliases,
		related: [],
		caseLinks: [],
	}));
	// A draft taking a published id has that case's file name too (content/cases/<id>.mdx): it
	// joins the cross-file rules under a name of its own, or the published case's copy of a
	// problem would pass as the draft's and be listed twice.
	const draftName = `${file} (draft)`;
	const renamed: IndexedCase = {
		...draft,
		source: Object.create(draft.source, { file: { value: draftName } }) as typeof draft.source,
	};
	const crossFile = crossFileRules([...others, renamed])
		.filter((problem) => problem.file === draftName)
		.map((problem) => ({ ...problem, file }));
	return [...checked.problems, ...crossFile];
}

/**
 * What a check found, cut down to what is published (file, data, body; no parse trees or
 * problems), so a build can keep it from the check to the search index without holding the rest.
 */
import type { CaseData } from '../../schemas/case.ts';
import type { CheckResult } from './check.ts';
import { hasErrors } from './problem.ts';

export interface CheckedFile<Data> {
	/** Path from the project root, `/`-separated. */
	file: string;
	data: Data;
	body: string;
}

export interface CheckedContent {
	/** Cases the schema accepted. */
	cases: CheckedFile<CaseData>[];
	/** Every readable guide, with its frontmatter as written. */
	guides: CheckedFile<unknown>[];
	/** True when the check reported an error: nothing should be published from it. */
	hasErrors: boolean;
}

export function checkedContent(result: CheckResult): CheckedContent {
	return {
		cases: result.cases.flatMap((c) =>
			c.data ? [{ file: c.source.file, data: c.data, body: c.source.body }] : [],
		),
		guides: result.guides.map((g) => ({
			file: g.source.file,
			data: g.source.data,
			body: g.source.body,
		})),
		hasErrors: hasErrors(result.problems),
	};
}

/**
 * Safe fixes (`check --fix`, the form's "apply this fix"): a problem's edits applied to its
 * file's text, then the result checked again. A fix is kept only when the file then has fewer
 * of the fixed problems and no problem it did not have, and (when only punctuation changed)
 * exactly the same data and text once punctuation and blanks are set aside.
 */
import { checkCaseText, type CheckContext } from './check.ts';
import type { FileEdit, Problem } from './problem.ts';

/** One change made, for the report. */
export interface AppliedFix {
	problem: Problem;
	before: string;
	after: string;
}

export interface FileFix {
	file: string;
	/** The new text, or undefined when the check afterwards refused it. */
	text?: string;
	applied: AppliedFix[];
}

/** The edits applied from the end backwards; an edit overlapping one already applied is skipped. */
export function applyFileEdits(text: string, edits: readonly FileEdit[]): string {
	const sorted = [...edits].sort((a, b) => a.offset - b.offset);
	let out = '';
	let at = 0;
	for (const edit of sorted) {
		if (edit.offset < at) continue;
		out += text.slice(at, edit.offset) + edit.insert;
		at = edit.offset + edit.remove;
	}
	return out + text.slice(at);
}

const punctuationForm: Record<string, string> = {
	'，': ',',
	'：': ':',
	'；': ';',
	'？': '?',
	'！': '!',
	'（': '(',
	'）': ')',
	'“': '"',
	'”': '"',
};

/** Punctuation in its ASCII form and no blanks: what must not change when only punctuation is fixed. */
const skeleton = (text: string) =>
	text.replace(/[，：；？！（）“”]/g, (ch) => punctuationForm[ch]!).replace(/[ \t]/g, '');

const problemKey = (p: Problem) => `${p.rule}|${p.field}|${p.message}`;

/** Applies every safe fix of one file's problems and checks the result; `text` is unset when refused. */
export function fixFile(
	file: string,
	text: string,
	problems: readonly Problem[],
	context: CheckContext,
): FileFix {
	const fixable = problems.filter((p) => p.file === file && p.edits?.length);
	if (!fixable.length) return { file, applied: [] };
	const fixed = applyFileEdits(
		text,
		fixable.flatMap((p) => p.edits!),
	);
	const before = checkCaseText(file, text, context);
	const after = checkCaseText(file, fixed, context);

	const fixedRules = new Set(fixable.map(problemKey));
	const count = (list: readonly Problem[]) => {
		const counts = new Map<string, number>();
		for (const p of list) counts.set(problemKey(p), (counts.get(problemKey(p)) ?? 0) + 1);
		return counts;
	};
	const was = count(before.problems);
	const now = count(after.problems);
	let ok = true;
	for (const [key, n] of now) {
		// A schema error fixed lets the later rules run: new advice is fine, a new error is not.
		const isError = after.problems.some((p) => problemKey(p) === key && p.severity === 'error');
		if (fixedRules.has(key) ? n >= (was.get(key) ?? 0) : isError && n > (was.get(key) ?? 0))
			ok = false;
	}
	const onlyPunctuation = fixable.every((p) => p.message === 'punctuation.ascii');
	if (
		ok &&
		onlyPunctuation &&
		(skeleton(JSON.stringify(before.source.data)) !== skeleton(JSON.stringify(after.source.data)) ||
			skeleton(before.source.body) !== skeleton(after.source.body))
	)
		ok = false;

	const applied = fixable.map((problem): AppliedFix => {
		const edit = problem.edits![0]!;
		const params = problem.params ?? {};
		return typeof params.value === 'string' && typeof params.fixed === 'string'
			? { problem, before: params.value, after: params.fixed }
			: { problem, before: text.slice(edit.offset, edit.offset + edit.remove), after: edit.insert };
	});
	return ok ? { file, text: fixed, applied } : { file, applied };
}

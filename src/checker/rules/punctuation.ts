/**
 * `chinese-punctuation` (warning): ASCII `, : ; ? ! ( ) "` between Chinese characters in the
 * prose fields and in the body's text nodes (the MDX syntax tree's, so code, links' URLs and
 * markup are never touched). Each warning carries its fix as edits to the file, made only where
 * the text as written maps character by character to the parsed value (no escapes or entities
 * in the way), so `check --fix` never rewrites what it cannot see.
 */
import { caseFields } from '../../../schemas/case-fields.ts';
import { findAsciiPunctuation, type TextEdit } from '../chinese-punctuation.ts';
import { ruleOf } from '../messages.ts';
import { formatFieldPath, type FileEdit, type Problem } from '../problem.ts';
import { frontmatterStrings, locate, type CaseSource } from '../source.ts';
import type { BodyText } from './mdx-safety.ts';
import { isScalar } from 'yaml';

/** Fields whose text readers read as prose: the searchable ones, except the tag vocabulary. */
const proseFields = new Set(
	caseFields.filter((field) => field.search && field.key !== 'tags').map((field) => field.key),
);

/** What a source holds that its parsed value does not: indentation, line breaks, escapes, quote markers. */
const isSkippable = (ch: string | undefined) =>
	ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\\' || ch === '>';

/**
 * For each character of a parsed value, its offset in the source it was parsed from (−1 where
 * unknown). Indentation, line breaks, escaping backslashes and blockquote markers are stepped over;
 * anything else that is not the next character (an entity, a folded `''`) ends the mapping.
 */
export function alignValue(value: string, raw: string): Int32Array {
	const map = new Int32Array(value.length).fill(-1);
	let r = 0;
	for (let v = 0; v < value.length; v++) {
		const ch = value[v];
		while (r < raw.length && raw[r] !== ch && isSkippable(raw[r])) r++;
		if (raw[r] !== ch) break;
		map[v] = r++;
	}
	return map;
}

/** The edits in file offsets, or undefined when one of them is not plainly in the source. */
function toFileEdits(
	edits: readonly TextEdit[],
	map: Int32Array,
	raw: string,
	base: number,
): FileEdit[] | undefined {
	const out: FileEdit[] = [];
	for (const edit of edits) {
		const at = map[edit.index] ?? -1;
		if (at < 0 || raw[at - 1] === '\\') return undefined;
		for (let k = 1; k < edit.remove; k++) if (map[edit.index + k] !== at + k) return undefined;
		out.push({ offset: base + at, remove: edit.remove, insert: edit.insert });
	}
	return out;
}

/** A few characters either side of the main edit, fixed: what the author will see. */
function context(value: string, edit: TextEdit): string {
	const before = value
		.slice(Math.max(0, edit.index - 3), edit.index)
		.split('\n')
		.pop()!;
	const after = value.slice(edit.index + edit.remove, edit.index + edit.remove + 3).split('\n')[0]!;
	return before + edit.insert + after;
}

function scanText(
	source: CaseSource,
	value: string,
	raw: string,
	base: number,
	field: string,
	problems: Problem[],
): void {
	const runs = findAsciiPunctuation(value);
	if (!runs.length) return;
	const map = alignValue(value, raw);
	for (const run of runs) {
		const at = map[run.index] ?? -1;
		const edits = toFileEdits(run.edits, map, raw, base);
		problems.push({
			file: source.file,
			...source.positionAt(at >= 0 ? base + at : base),
			severity: 'warning',
			rule: ruleOf('punctuation.ascii'),
			field,
			message: 'punctuation.ascii',
			params: { value: run.text, fixed: run.fixed },
			fix: context(value, run.main),
			...(edits ? { edits } : {}),
		});
	}
}

/** Where a frontmatter string's characters are written: its scalar's source, quotes and block header left out. */
function scalarSource(
	source: CaseSource,
	path: readonly (string | number)[],
): { raw: string; base: number } | undefined {
	const found = locate(source, path, 'value');
	const node = found.node;
	if (!found.exact || !isScalar(node) || !node.range) return undefined;
	let start = source.yamlOffset + node.range[0];
	const end = source.yamlOffset + node.range[1];
	if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') start += 1;
	else if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')
		start = source.text.indexOf('\n', start) + 1;
	return { raw: source.text.slice(start, end), base: start };
}

/** The rule over a case's prose fields and its body's text nodes. */
export function punctuationRules(source: CaseSource, texts: readonly BodyText[]): Problem[] {
	const problems: Problem[] = [];
	for (const { path, value } of frontmatterStrings(source)) {
		if (!proseFields.has(String(path[0])) || !/[,:;?!()"]/.test(value)) continue;
		const written = scalarSource(source, path) ?? { raw: '', base: 0 };
		scanText(source, value, written.raw, written.base, formatFieldPath(path), problems);
	}
	for (const text of texts) {
		const raw = source.body.slice(text.start, text.end);
		scanText(source, text.value, raw, source.bodyOffset + text.start, 'body', problems);
	}
	return problems;
}

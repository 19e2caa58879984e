/**
 * Saves an edited case into its file's existing text: only the values that changed are written
 * again (by the same serializer new cases use); every other byte stays as the author wrote it,
 * comments, quoting, field order and blank lines included, so a pull request's diff shows
 * exactly what changed. A file opened and saved without edits comes back byte for byte.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { fieldOrder } from '../../schemas/case-fields.ts';
import { readCaseSource } from '../checker/source.ts';
import { caseFrontmatter, yamlString, type Yamlish } from './serialize.ts';

interface Edit {
	start: number;
	end: number;
	text: string;
}

const isObject = (value: unknown): value is Record<string, Yamlish> =>
	!!value && typeof value === 'object' && !Array.isArray(value);

/** Values as the form holds them: `-1` and "-1" are the same perception, an absent key an undefined one. */
function same(a: unknown, b: unknown): boolean {
	if (Array.isArray(a) || Array.isArray(b)) {
		if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
		return a.every((item, i) => same(item, b[i]));
	}
	if (isObject(a) || isObject(b)) {
		if (!isObject(a) || !isObject(b)) return false;
		const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
		return [...keys].every((key) => same(a[key], b[key]));
	}
	if (a === undefined || a === null || b === undefined || b === null)
		return (a ?? undefined) === (b ?? undefined);
	return String(a) === String(b);
}

function inline(value: Yamlish): string {
	if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
	if (isObject(value)) {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		return `{ ${entries.map(([k, v]) => `${k}: ${inline(v)}`).join(', ')} }`;
	}
	return typeof value === 'string' ? yamlString(value) : String(value);
}

/** Where the line holding `offset` starts, and its indentation up to `offset`. */
function lineStart(text: string, offset: number): number {
	return text.lastIndexOf('\n', offset - 1) + 1;
}

/** A block value written anew at `column`: its lines joined at that indentation. */
function blockText(value: Yamlish, column: number): string {
	const pad = '\n' + ' '.repeat(column);
	if (Array.isArray(value)) return value.map((item) => `- ${inline(item)}`).join(pad);
	if (isObject(value)) return caseFrontmatter(value).split('\n').join(pad);
	return inline(value);
}

/** The edits that turn `node` (parsed from `text`, holding `before`) into `after`. */
function patch(
	text: string,
	node: Node | null,
	before: unknown,
	after: Yamlish,
	flow: boolean,
	edits: Edit[],
): void {
	if (same(before, after) || !node?.range) return;
	const [start, end] = node.range;
	const inFlow = flow || ((isSeq(node) || isMap(node)) && !!node.flow);
	if (isSeq(node) && Array.isArray(before) && Array.isArray(after) && after.length > 0) {
		const items = node.items as Node[];
		const common = Math.min(items.length, after.length);
		for (let i = 0; i < common; i++) patch(text, items[i]!, before[i], after[i]!, inFlow, edits);
		if (after.length === items.length) return;
		const lastKept = items[common - 1]!.range![1];
		const lastEnd = items[items.length - 1]!.range![1];
		if (after.length < items.length) {
			edits.push({ start: lastKept, end: lastEnd, text: '' });
			return;
		}
		const added = after.slice(common);
		if (inFlow) {
			edits.push({
				start: lastKept,
				end: lastKept,
				text: added.map((v) => `, ${inline(v)}`).join(''),
			});
		} else {
			const dash = text.lastIndexOf('-', items[0]!.range![0]);
			const indent = text.slice(lineStart(text, dash), dash);
			const lines = added.map((v) => `\n${indent}- ${inline(v)}`).join('');
			edits.push({ start: lastKept, end: lastKept, text: lines });
		}
		return;
	}
	if (isMap(node) && isObject(before) && isObject(after)) {
		const pairs = node.items as Pair<Node, Node>[];
		const keys = pairs.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
		const wanted = Object.keys(after).filter((key) => after[key] !== undefined);
		if (wanted.length === keys.length && wanted.every((key) => keys.includes(key))) {
			pairs.forEach((pair, i) =>
				patch(text, pair.value, before[keys[i]!], after[keys[i]!]!, inFlow, edits),
			);
			return;
		}
	}
	const column = start - lineStart(text, start);
	const written =
		inFlow ||
		isScalar(node) ||
		(!Array.isArray(after) && !isObject(after)) ||
		(Array.isArray(after) && after.length === 0)
			? inline(after)
			: blockText(after, column);
	edits.push({ start, end, text: written });
}

function applyEdits(text: string, edits: Edit[]): string {
	let out = text;
	for (const edit of [...edits].sort((a, b) => b.start - a.start))
		out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
	return out;
}

/** The frontmatter text with `fields` written into it (a key set to undefined is removed). */
export function updateFrontmatter(yamlText: string, fields: Record<string, Yamlish>): string {
	const doc = parseDocument(yamlText);
	const root = doc.contents;
	if (!isMap(root) || doc.errors.length) return `${caseFrontmatter(fields)}\n`;
	const old = doc.toJS() as Record<string, unknown>;
	const pairs = root.items as Pair<Node, Node>[];
	const keyOf = (pair: Pair<Node, Node>) => (isScalar(pair.key) ? String(pair.key.value) : '');
	/** Each top-level field's lines: from its key's line to the next key's line. */
	const spans = pairs.map((pair, i) => ({
		key: keyOf(pair),
		pair,
		start: lineStart(yamlText, pair.key!.range![0]),
		end: i + 1 < pairs.length ? lineStart(yamlText, pairs[i + 1]!.key!.range![0]) : yamlText.length,
	}));
	const edits: Edit[] = [];
	for (const span of spans) {
		const value = fields[span.key];
		if (!(span.key in fields) || value === undefined) {
			if (old[span.key] !== undefined || span.key in fields)
				edits.push({ start: span.start, end: span.end, text: '' });
			continue;
		}
		patch(yamlText, span.pair.value, old[span.key], value, false, edits);
	}
	// New fields go after the last present field that comes before them in the registry's order.
	const order = fieldOrder();
	const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
	for (const key of Object.keys(fields)) {
		if (fields[key] === undefined || spans.some((span) => span.key === key)) continue;
		const before = spans.filter((span) => rank(span.key) <= rank(key)).pop();
		const at = before ? before.end : (spans[0]?.start ?? 0);
		const line = caseFrontmatter({ [key]: fields[key] });
		const needsBreak = at > 0 && yamlText[at - 1] !== '\n';
		edits.push({ start: at, end: at, text: `${needsBreak ? '\n' : ''}${line}\n` });
	}
	return applyEdits(yamlText, edits);
}

/**
 * The case file `original` with its frontmatter set to `fields` and its body to `body`: what
 * did not change keeps its text. A file without frontmatter is written anew.
 */
export function updateCaseFile(
	original: string,
	fields: Record<string, Yamlish>,
	body: string,
): string {
	const source = readCaseSource('', original);
	if (!source.hasFrontmatter) return `---\n${caseFrontmatter(fields)}\n---\n\n${body.trim()}\n`;
	const closing = original.lastIndexOf('\n---', source.bodyOffset - 1) + 1;
	const yamlText = original.slice(source.yamlOffset, closing);
	const head = original.slice(0, source.yamlOffset);
	const fence = original.slice(closing, source.bodyOffset);
	const oldBody = source.body;
	let newBody = oldBody;
	if (body.trim() !== oldBody.trim()) {
		const lead = /^\s*/.exec(oldBody)![0];
		const trail = /\s*$/.exec(oldBody)![0] || '\n';
		newBody = `${lead || '\n'}${body.trim()}${trail.includes('\n') ? trail : '\n'}`;
	}
	return head + updateFrontmatter(yamlText, fields) + fence + newBody;
}

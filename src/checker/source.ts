/**
 * Reads a case file's text into its frontmatter (a YAML document that keeps node positions)
 * and its body, and answers "which line is field X on?" for every rule.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { Position } from './problem.ts';

export interface CaseSource {
	file: string;
	text: string;
	/** The YAML document; undefined when the file has no frontmatter. */
	doc?: Document.Parsed;
	/** Plain data of the frontmatter (what the schema validates). */
	data: unknown;
	/** Offset in `text` where the YAML starts (after the first `---` line). */
	yamlOffset: number;
	/** The MDX body after the closing `---`. */
	body: string;
	/** Offset in `text` where the body starts. */
	bodyOffset: number;
	/** Converts an offset in `text` into a 1-based line and column. */
	positionAt(offset: number): Position;
}

const frontmatterPattern = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)(?:^|\r?\n)---[ \t]*(?:\r?\n|$)/;

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
	return starts;
}

export function readCaseSource(file: string, text: string): CaseSource {
	const starts = lineStarts(text);
	const positionAt = (offset: number): Position => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: offset - starts[low]! + 1 };
	};

	const match = frontmatterPattern.exec(text);
	if (!match) return { file, text, data: undefined, yamlOffset: 0, body: text, bodyOffset: 0, positionAt };

	const yamlOffset = match.index + match[0].indexOf('\n') + 1;
	const yamlText = match[1] ?? '';
	const bodyOffset = match.index + match[0].length;
	const doc = parseDocument(yamlText, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
	const data = doc.errors.length ? undefined : doc.toJS();
	return { file, text, doc, data, yamlOffset, body: text.slice(bodyOffset), bodyOffset, positionAt };
}

/** The pair holding `key` in a map node, if any. */
function pairOf(node: unknown, key: PropertyKey): Pair<Node, Node> | undefined {
	if (!isMap(node)) return undefined;
	return node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key)) as
		| Pair<Node, Node>
		| undefined;
}

export interface Located {
	/** Offset in the file text. */
	offset: number;
	/** True when the exact node was found, false when this is the nearest parent. */
	exact: boolean;
}

/**
 * Where a field path sits in the file: the value's node when it exists, the key for map
 * entries (so `people[1].side` points at `side:`), else the nearest parent that exists.
 */
export function locate(source: CaseSource, path: readonly PropertyKey[], prefer: 'key' | 'value' = 'key'): Located {
	const doc = source.doc;
	if (!doc) return { offset: 0, exact: false };
	let node: unknown = doc.contents;
	let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
	for (let i = 0; i < path.length; i++) {
		const part = path[i]!;
		if (isSeq(node) && typeof part === 'number' && node.items[part]) {
			node = node.items[part];
			offset = (node as Node).range?.[0] ?? offset;
			continue;
		}
		const pair = pairOf(node, part);
		if (!pair) return { offset: source.yamlOffset + offset, exact: false };
		const last = i === path.length - 1;
		node = pair.value;
		const keyStart = (pair.key as Node).range?.[0] ?? offset;
		offset = last && prefer === 'key' ? keyStart : ((pair.value as Node | null)?.range?.[0] ?? keyStart);
	}
	return { offset: source.yamlOffset + offset, exact: true };
}

export function positionOf(source: CaseSource, path: readonly PropertyKey[], prefer: 'key' | 'value' = 'key'): Position {
	if (!source.doc) return { line: 1, column: 1 };
	return source.positionAt(locate(source, path, prefer).offset);
}

export interface ScalarString {
	path: (string | number)[];
	value: string;
	/** Offset of the first character of the value's text in the file. */
	offset: number;
}

/** Every string value in the frontmatter with its path and where its text starts. */
export function frontmatterStrings(source: CaseSource): ScalarString[] {
	const out: ScalarString[] = [];
	const walk = (node: unknown, path: (string | number)[]) => {
		if (isMap(node)) {
			for (const item of node.items) if (isPair(item) && isScalar(item.key)) walk(item.value, [...path, String(item.key.value)]);
		} else if (isSeq(node)) {
			node.items.forEach((item, index) => walk(item, [...path, index]));
		} else if (isScalar(node) && typeof node.value === 'string') {
			const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
			out.push({ path, value: node.value, offset: source.yamlOffset + (node.range?.[0] ?? 0) + (quoted ? 1 : 0) });
		}
	};
	if (source.doc) walk(source.doc.contents, []);
	return out;
}

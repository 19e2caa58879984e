/**
 * Reads a case file's text into its frontmatter data and its body, and answers "which line is
 * field X on?" for every rule. The data comes from js-yaml, the parser Astro uses, so the
 * checker validates exactly what the build will see. The position-keeping `yaml` document is
 * built only when a problem needs a location, which keeps valid files cheap to check.
 */
import { load as loadYaml, YAMLException } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { Position } from './problem.ts';

export interface CaseSource {
	file: string;
	text: string;
	/** False when the file does not start with a `---` block. */
	hasFrontmatter: boolean;
	/** The frontmatter's plain data (what the schema validates); undefined on a YAML error. */
	data: unknown;
	/** The YAML error js-yaml reported, if any. */
	yamlError?: YAMLException;
	/** The position-keeping YAML document, parsed on first use. */
	readonly doc: Document.Parsed | undefined;
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
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

export function readCaseSource(file: string, text: string): CaseSource {
	let starts: number[] | undefined;
	const positionAt = (offset: number): Position => {
		starts ??= lineStarts(text);
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
	if (!match) {
		return { file, text, hasFrontmatter: false, data: undefined, doc: undefined, yamlOffset: 0, body: text, bodyOffset: 0, positionAt };
	}

	const yamlOffset = match.index + match[0].indexOf('\n') + 1;
	const yamlText = match[1] ?? '';
	const bodyOffset = match.index + match[0].length;
	let data: unknown;
	let yamlError: YAMLException | undefined;
	try {
		data = loadYaml(yamlText);
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		yamlError = error;
	}
	let doc: Document.Parsed | undefined;
	return {
		file,
		text,
		hasFrontmatter: true,
		data,
		yamlError,
		get doc() {
			doc ??= parseDocument(yamlText, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
			return doc;
		},
		yamlOffset,
		body: text.slice(bodyOffset),
		bodyOffset,
		positionAt,
	};
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
	/** The node found, when exact. */
	node?: Node;
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
	return { offset: source.yamlOffset + offset, exact: true, node: node as Node };
}

/** A top-level key starts a line in frontmatter, so it is found without parsing the YAML again. */
function topLevelOffset(source: CaseSource, key: string, prefer: 'key' | 'value'): number | undefined {
	const yaml = source.text.slice(source.yamlOffset, source.bodyOffset);
	const match = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \t]*:[ \t]*`, 'm').exec(yaml);
	if (!match) return undefined;
	return source.yamlOffset + match.index + (prefer === 'key' || match.index + match[0].length >= yaml.length || yaml[match.index + match[0].length] === '\n' ? 0 : match[0].length);
}

export function positionOf(source: CaseSource, path: readonly PropertyKey[], prefer: 'key' | 'value' = 'key'): Position {
	if (!source.hasFrontmatter) return { line: 1, column: 1 };
	if (path.length === 1 && typeof path[0] === 'string' && !source.yamlError) {
		const offset = topLevelOffset(source, path[0], prefer);
		if (offset !== undefined) return source.positionAt(offset);
	}
	return source.positionAt(locate(source, path, prefer).offset);
}

/** Offset in the file of character `index` of the string at `path` (a quote moves it by one). */
export function stringOffset(source: CaseSource, path: readonly PropertyKey[], index: number): number {
	const found = locate(source, path, 'value');
	const quoted = isScalar(found.node) && (found.node.type === 'QUOTE_DOUBLE' || found.node.type === 'QUOTE_SINGLE');
	return found.offset + (found.exact ? index + (quoted ? 1 : 0) : 0);
}

export interface FrontmatterString {
	path: (string | number)[];
	value: string;
}

/** Every string value in the frontmatter with its path. */
export function frontmatterStrings(source: CaseSource): FrontmatterString[] {
	const out: FrontmatterString[] = [];
	const walk = (value: unknown, path: (string | number)[]) => {
		if (typeof value === 'string') out.push({ path, value });
		else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
		else if (value && typeof value === 'object' && !(value instanceof Date)) {
			for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
		}
	};
	walk(source.data, []);
	return out;
}

/**
 * Reads a case file's text into its frontmatter data and its body, and answers "which line is
 * field X on?" for every rule. The data comes from js-yaml, the parser Astro uses, so the
 * checker validates exactly what the build will see. The position-keeping `yaml` document is
 * built only when a problem needs a location, which keeps valid files cheap to check.
 */
import { load as loadYaml, YAMLException } from 'js-yaml';
import {
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	type Document,
	type Node,
	type Pair,
	type YAMLMap,
} from 'yaml';
import type { Position } from './problem.ts';
import { duplicateKeyErrors } from './yaml-duplicates.ts';
import { findYamlAnchor, type YamlAnchor } from './yaml-anchors.ts';
import { topLevelMap, type TopLevelMap } from './yaml-top-keys.ts';

export interface CaseSource {
	file: string;
	text: string;
	/** False when the file does not start with a `---` block. */
	hasFrontmatter: boolean;
	/** The frontmatter's plain data (what the schema validates); undefined on a YAML error. */
	readonly data: unknown;
	/** The YAML error js-yaml reported, if any. */
	readonly yamlError?: YAMLException;
	/** An anchor or alias found before loading (then nothing was loaded: `yamlError` is set). */
	readonly yamlAnchor?: YamlAnchor;
	/** Where the top-level map and its keys are, read on first use. */
	readonly topLevel: TopLevelMap;
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
		return {
			file,
			text,
			hasFrontmatter: false,
			data: undefined,
			doc: undefined,
			topLevel: { keys: new Map() },
			yamlOffset: 0,
			body: text,
			bodyOffset: 0,
			positionAt,
		};
	}

	const yamlOffset = match.index + match[0].indexOf('\n') + 1;
	const yamlText = match[1] ?? '';
	const bodyOffset = match.index + match[0].length;
	// Loaded on first use: a file whose check result was kept (check-cache-fs.ts) needs only its body.
	let loaded: ReturnType<typeof loadFrontmatter> | undefined;
	const frontmatter = () => (loaded ??= loadFrontmatter(yamlText));
	let doc: Document.Parsed | undefined;
	let topLevel: TopLevelMap | undefined;
	return {
		file,
		text,
		hasFrontmatter: true,
		get data() {
			return frontmatter().data;
		},
		get yamlError() {
			return frontmatter().yamlError;
		},
		get yamlAnchor() {
			return frontmatter().yamlAnchor;
		},
		get doc() {
			if (!doc) {
				// Repeated keys are found in linear time here; the parser's own check is quadratic.
				doc = parseDocument(yamlText, {
					lineCounter: new LineCounter(),
					prettyErrors: false,
					uniqueKeys: false,
				});
				for (const error of duplicateKeyErrors(doc)) doc.errors.push(error);
			}
			return doc;
		},
		get topLevel() {
			topLevel ??= topLevelMap(yamlText);
			return topLevel;
		},
		yamlOffset,
		body: text.slice(bodyOffset),
		bodyOffset,
		positionAt,
	};
}

/** Thrown from js-yaml's node listener when an anchor slipped past the lexer scan. */
class AnchorRefused extends Error {
	readonly offset: number;
	constructor(offset: number) {
		super('YAML anchors and aliases are not allowed');
		this.offset = offset;
	}
}

/**
 * js-yaml's data for the frontmatter, unless it has an anchor or alias: those are refused
 * from the lexer's tokens before js-yaml runs, and js-yaml's listener refuses any anchor
 * the scan might miss, so no alias ever reaches code that walks the data.
 */
function loadFrontmatter(yamlText: string): {
	data: unknown;
	yamlError?: YAMLException;
	yamlAnchor?: YamlAnchor;
} {
	const refused = (yamlAnchor: YamlAnchor) => ({
		data: undefined,
		yamlAnchor,
		yamlError: new YAMLException(`YAML ${yamlAnchor.kind} ${yamlAnchor.token} is not allowed`),
	});
	// No `&` and no `*` in the text: there can be no anchor or alias, so the lexer is skipped.
	const anchor =
		yamlText.includes('&') || yamlText.includes('*') ? findYamlAnchor(yamlText) : undefined;
	if (anchor) return refused(anchor);
	try {
		const listener = (event: string, state: unknown) => {
			const {
				anchor: name,
				anchorMap,
				position,
			} = state as { anchor: string | null; anchorMap: object; position: number };
			if (event !== 'close') return;
			if (name !== null) throw new AnchorRefused(position);
			for (const _ in anchorMap) throw new AnchorRefused(position);
		};
		return { data: loadYaml(yamlText, { listener }) };
	} catch (error) {
		if (error instanceof AnchorRefused)
			return refused({ kind: 'anchor', offset: error.offset, token: '&' });
		if (!(error instanceof YAMLException)) throw error;
		return { data: undefined, yamlError: error };
	}
}

/** Each map's pairs by key, built once per map so looking up many keys stays linear. */
const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair<Node, Node>>>();

/** The pair holding `key` in a map node, if any (the first, when a key is repeated). */
function pairOf(node: unknown, key: PropertyKey): Pair<Node, Node> | undefined {
	if (!isMap(node)) return undefined;
	let index = pairIndexes.get(node);
	if (!index) {
		index = new Map();
		for (const item of node.items) {
			if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value)))
				index.set(String(item.key.value), item as Pair<Node, Node>);
		}
		pairIndexes.set(node, index);
	}
	return index.get(String(key));
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
export function locate(
	source: CaseSource,
	path: readonly PropertyKey[],
	prefer: 'key' | 'value' = 'key',
): Located {
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
		offset =
			last && prefer === 'key' ? keyStart : ((pair.value as Node | null)?.range?.[0] ?? keyStart);
	}
	return { offset: source.yamlOffset + offset, exact: true, node: node as Node };
}

/** The map itself or one of its keys is found from the syntax tree's index, without composing the document. */
function topLevelOffset(
	source: CaseSource,
	path: readonly PropertyKey[],
	prefer: 'key' | 'value',
): number | undefined {
	const { start, keys } = source.topLevel;
	if (path.length === 0) return start === undefined ? undefined : source.yamlOffset + start;
	const found = typeof path[0] === 'string' ? keys.get(path[0]) : undefined;
	if (!found) return undefined;
	return source.yamlOffset + (prefer === 'key' ? found.key : found.value);
}

export function positionOf(
	source: CaseSource,
	path: readonly PropertyKey[],
	prefer: 'key' | 'value' = 'key',
): Position {
	if (!source.hasFrontmatter) return { line: 1, column: 1 };
	if (path.length <= 1 && !source.yamlError) {
		const offset = topLevelOffset(source, path, prefer);
		if (offset !== undefined) return source.positionAt(offset);
	}
	return source.positionAt(locate(source, path, prefer).offset);
}

/** Offset in the file of character `index` of the string at `path` (a quote moves it by one). */
export function stringOffset(
	source: CaseSource,
	path: readonly PropertyKey[],
	index: number,
): number {
	const found = locate(source, path, 'value');
	const quoted =
		isScalar(found.node) &&
		(found.node.type === 'QUOTE_DOUBLE' || found.node.type === 'QUOTE_SINGLE');
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

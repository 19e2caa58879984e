/**
 * Where the frontmatter's top-level map and each of its keys sit, from one pass of the `yaml`
 * package's lexer or concrete syntax tree: rules ask "which line is `title` on?" for many keys,
 * and the answer must not cost a scan of the whole text per key (200,000 keys took minutes).
 */
import { CST, Lexer, Parser } from 'yaml';

export interface TopLevelKey {
	/** Offset of the key in the YAML text. */
	key: number;
	/** Offset of its value when the value starts on the key's line, else the key's offset. */
	value: number;
}

export interface TopLevelMap {
	/** Offset where the map starts; undefined when the frontmatter is not a block map. */
	start?: number;
	/** Its keys (the first of a repeated key wins). */
	keys: Map<string, TopLevelKey>;
}

/** The first document's top-level block map. */
export function topLevelMap(yaml: string): TopLevelMap {
	return plainTopLevelMap(yaml) ?? parsedTopLevelMap(yaml);
}

/** Lexer control tokens that mark structure and take no room in the text. */
const zeroWidth = new Set(['doc-mode', 'flow-error-end', 'scalar']);

/**
 * The same answer from the lexer's tokens alone, a third of the parser's cost (a quarter of a cold
 * `check`'s time went to the parser): only for the plain form every case has, a block map of
 * plain keys at column 0; undefined for anything else (quoted or explicit keys, tags, anchors,
 * directives, a second document), which the parser then reads.
 */
export function plainTopLevelMap(yaml: string): TopLevelMap | undefined {
	const keys = new Map<string, TopLevelKey>();
	let start: number | undefined;
	let offset = 0;
	let lineStart = true;
	let flowDepth = 0;
	let scalarNext = false;
	// The key just read at column 0 (waiting for its `:`), then its value (waiting for its first token).
	let key: { name: string; offset: number } | undefined;
	let value: { name: string; offset: number } | undefined;
	for (const token of new Lexer().lex(yaml)) {
		const type: CST.TokenType | 'scalar-text' | null = scalarNext
			? 'scalar-text'
			: CST.tokenType(token);
		scalarNext = type === 'scalar';
		const at = offset;
		if (!type || !zeroWidth.has(type)) offset += token.length;
		if (type === 'doc-mode' || type === 'scalar' || type === 'space') {
			if (type === 'space' && lineStart) lineStart = false;
			continue;
		}
		if (value) {
			// The value's first token on the key's line; a line break or comment first: the key's offset.
			const onNextLine = type === 'newline' || type === 'comment';
			if (type === 'tag' || type === 'anchor' || type === 'alias') return undefined;
			if (!keys.has(value.name))
				keys.set(value.name, { key: value.offset, value: onNextLine ? value.offset : at });
			value = undefined;
		}
		if (key) {
			if (type !== 'map-value-ind') return undefined;
			value = key;
			key = undefined;
			continue;
		}
		if (type === 'newline') {
			lineStart = true;
			continue;
		}
		if (type === 'flow-map-start' || type === 'flow-seq-start') flowDepth++;
		else if (type === 'flow-map-end' || type === 'flow-seq-end') flowDepth--;
		const column0 = lineStart && flowDepth === 0;
		lineStart = false;
		if (!column0 || type === 'comment') continue;
		// A block scalar's indented lines (ending with their line break), or a key's sequence
		// written at the key's indentation.
		if (type === 'scalar-text' && /^[ \t\n]/.test(token)) {
			lineStart = token.endsWith('\n');
			continue;
		}
		if (type === 'seq-item-ind' && start !== undefined) continue;
		if (type !== 'scalar-text' || token.includes('\n')) return undefined;
		start ??= at;
		key = { name: token, offset: at };
	}
	if (value && !keys.has(value.name))
		keys.set(value.name, { key: value.offset, value: value.offset });
	return key || start === undefined ? undefined : { start, keys };
}

/** The answer from the parser's concrete syntax tree, for any YAML. */
export function parsedTopLevelMap(yaml: string): TopLevelMap {
	const keys = new Map<string, TopLevelKey>();
	for (const token of new Parser().parse(yaml)) {
		if (token.type !== 'document') continue;
		if (token.value?.type !== 'block-map') break;
		for (const item of token.value.items) {
			const name = item.key ? CST.resolveAsScalar(item.key)?.value : undefined;
			if (name === undefined || keys.has(name) || !item.key) continue;
			const valueOnNextLine = item.sep?.some((sep) => sep.type === 'newline') ?? true;
			keys.set(name, {
				key: item.key.offset,
				value: valueOnNextLine || !item.value ? item.key.offset : item.value.offset,
			});
		}
		return { start: token.value.offset, keys };
	}
	return { keys };
}

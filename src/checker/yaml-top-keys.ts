/**
 * Where the frontmatter's top-level map and each of its keys sit, from one pass of the `yaml`
 * package's concrete syntax tree: rules ask "which line is `title` on?" for many keys, and the
 * answer must not cost a scan of the whole text per key (200,000 keys took minutes).
 */
import { CST, Parser } from 'yaml';

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

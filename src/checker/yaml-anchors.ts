/**
 * Finds the first YAML anchor (`&name`) or alias (`*name`) in frontmatter from the `yaml`
 * package's lexer tokens, before any parser builds values: a few hundred bytes of nested
 * aliases ("billion laughs") expand to billions of nodes once a loader resolves them.
 */
import { CST, Lexer } from 'yaml';

export interface YamlAnchor {
	/** `anchor` for `&name`, `alias` for `*name`. */
	kind: 'anchor' | 'alias';
	/** Offset of the `&` or `*` in the YAML text. */
	offset: number;
	/** The token as written, cut to a readable length. */
	token: string;
}

/** Lexer control tokens that mark structure and take no room in the text. */
const zeroWidth = new Set(['doc-mode', 'flow-error-end', 'scalar']);
const shownLength = 40;

/** One pass over the lexer's tokens (linear in the text); undefined when there is none. */
export function findYamlAnchor(yaml: string): YamlAnchor | undefined {
	let offset = 0;
	// The token after a SCALAR marker is a scalar's text, whatever its first character.
	let scalarNext = false;
	for (const token of new Lexer().lex(yaml)) {
		if (scalarNext) {
			scalarNext = false;
			offset += token.length;
			continue;
		}
		const type = CST.tokenType(token);
		if (type === 'anchor' || type === 'alias') {
			return {
				kind: type,
				offset,
				token: token.length > shownLength ? `${token.slice(0, shownLength)}…` : token,
			};
		}
		if (type === 'scalar') scalarNext = true;
		if (type && zeroWidth.has(type)) continue;
		offset += token.length;
	}
	return undefined;
}

/**
 * The checker judges a body on its MDX syntax tree but parses nothing itself: the caller hands
 * it a parser. Node (the CLI and the build) uses the compiler the build runs
 * (src/checker/node/parse-mdx.ts), the browser form the same grammar in JavaScript
 * (src/client/author/parse-mdx.ts). Both produce mdast with the MDX node types.
 */

/** The parts of an mdast node the rules read. */
export interface BodyNode {
	type: string;
	children?: BodyNode[];
	/** Element or component name of an MDX JSX node; null for a fragment `<>`. */
	name?: string | null;
	attributes?: BodyAttribute[];
	url?: string;
	identifier?: string;
	value?: unknown;
	position?: {
		start: { line: number; column: number; offset?: number };
		end?: { line: number; column: number; offset?: number };
	};
}

export interface BodyAttribute {
	type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
	name?: string;
	/** A literal string, null for a bare attribute, or an expression object `{…}`. */
	value?: string | null | { type: string; value?: string };
}

/** A body that does not parse as MDX, where the parser stopped (1-based line and column in the body). */
export class MdxSyntaxError extends Error {
	readonly reason: string;
	readonly line: number;
	readonly column: number;
	constructor(reason: string, line: number, column: number) {
		super(`${line}:${column}: ${reason}`);
		this.name = 'MdxSyntaxError';
		this.reason = reason;
		this.line = line;
		this.column = column;
	}
}

/** Parses an MDX body into mdast; throws MdxSyntaxError when it cannot. */
export type ParseMdx = (body: string) => BodyNode;

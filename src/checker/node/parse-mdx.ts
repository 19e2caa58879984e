/**
 * Node only: parses a body with Sätteri, the compiler `@astrojs/mdx` runs in the build, with the
 * build's Markdown features, so `check` and the build read the same tree and fail on the same files.
 */
import { mdxToMdast } from 'satteri';
import { MdxSyntaxError, type BodyNode, type ParseMdx } from '../mdx-parse.ts';

/** Sätteri reports `line:column: reason (rule)`. */
const errorShape = /^(\d+):(\d+): ([^\n]*)/;

export const parseMdxAsBuilt: ParseMdx = (body) => {
	try {
		return mdxToMdast(body, { features: { gfm: true, frontmatter: false } }) as BodyNode;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const match = errorShape.exec(message);
		if (!match) throw error;
		throw new MdxSyntaxError(match[3]!, Number(match[1]), Number(match[2]));
	}
};

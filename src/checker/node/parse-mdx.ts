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
		// Whatever the compiler refuses fails the build: an error without a place is reported at the body's start.
		throw match
			? new MdxSyntaxError(match[3]!, Number(match[1]), Number(match[2]))
			: new MdxSyntaxError(message.split('\n', 1)[0]!, 1, 1);
	}
};

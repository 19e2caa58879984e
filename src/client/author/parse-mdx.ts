/**
 * The form's MDX parser: micromark with the MDX and GFM extensions, the grammar the build's
 * compiler implements (src/checker/node/parse-mdx.ts), so the form flags what `check` flags.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { MdxSyntaxError, type BodyNode, type ParseMdx } from '../../checker/mdx-parse.ts';

export const parseMdxInBrowser: ParseMdx = (body) => {
	try {
		return fromMarkdown(body, {
			extensions: [mdxjs(), gfm()],
			mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
		}) as BodyNode;
	} catch (error) {
		// micromark and mdast-util-mdx report syntax errors as messages with a place (sometimes without one).
		const message = error as {
			reason?: unknown;
			place?: { line?: number; column?: number; start?: { line: number; column: number } };
			line?: number;
			column?: number;
		};
		if (typeof message.reason !== 'string') throw error;
		const point =
			message.place && 'start' in message.place && message.place.start
				? message.place.start
				: message.place;
		throw new MdxSyntaxError(
			message.reason,
			point?.line ?? message.line ?? 1,
			point?.column ?? message.column ?? 1,
		);
	}
};

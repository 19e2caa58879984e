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
		return fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] }) as BodyNode;
	} catch (error) {
		const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
		const point = place && 'start' in place && place.start ? place.start : place;
		if (!point || typeof point.line !== 'number') throw error;
		throw new MdxSyntaxError((error as Error).message, point.line, point.column ?? 1);
	}
};

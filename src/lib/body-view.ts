/**
 * A case body's MDX syntax tree (mdast, as the checker parses it) as the shared renderer's nodes
 * (case-view.ts), for the form's preview: paragraphs, headings, lists, quotes, tables, emphasis
 * and code as the page shows them. Text stays text; links show their text (a draft's URLs are
 * not followed from the form), images their alt text, components their children, and
 * expressions, ESM and raw HTML nothing: the checker reports those.
 */
import type { BodyNode } from '../checker/mdx-parse.ts';
import type { ViewNode } from './case-view.ts';

/** mdast node types and the element each becomes. */
const elements: Record<string, string> = {
	paragraph: 'p',
	blockquote: 'blockquote',
	emphasis: 'em',
	strong: 'strong',
	delete: 'del',
};

/** Headings sit under the preview's section headings (h4): `#` and `##` become h5, deeper ones h6. */
const headingTag = (depth: unknown) => `h${Math.min(6, 3 + Math.max(1, Number(depth) || 1))}`;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function toView(node: BodyNode): ViewNode[] {
	const children = () => (node.children ?? []).flatMap(toView);
	switch (node.type) {
		case 'root':
		case 'link':
		case 'linkReference':
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return children();
		case 'text':
			return [text(node.value)];
		case 'inlineCode':
			return [{ tag: 'code', children: [text(node.value)] }];
		case 'code':
			return [{ tag: 'pre', children: [{ tag: 'code', children: [text(node.value)] }] }];
		case 'break':
			return [{ tag: 'br' }];
		case 'thematicBreak':
			return [{ tag: 'hr' }];
		case 'image':
		case 'imageReference':
			return [text((node as { alt?: unknown }).alt)];
		case 'heading':
			return [{ tag: headingTag((node as { depth?: unknown }).depth), children: children() }];
		case 'listItem': {
			// A tight list's items hold their text directly, as the page's compiler writes them.
			const items = (node.children ?? []).flatMap((child) =>
				child.type === 'paragraph' && !(node as { spread?: unknown }).spread
					? (child.children ?? []).flatMap(toView)
					: toView(child),
			);
			return [{ tag: 'li', children: items }];
		}
		case 'table': {
			// The first row is the header.
			const [head, ...rows] = node.children ?? [];
			const cells = (row: BodyNode | undefined, tag: string): ViewNode[] =>
				row
					? [
							{
								tag: 'tr',
								children: (row.children ?? []).map((cell) => ({
									tag,
									children: cell.children?.flatMap(toView) ?? [],
								})),
							},
						]
					: [];
			return [
				{
					tag: 'table',
					children: [
						{ tag: 'thead', children: cells(head, 'th') },
						{ tag: 'tbody', children: rows.flatMap((row) => cells(row, 'td')) },
					],
				},
			];
		}
		case 'list':
			return [{ tag: (node as { ordered?: unknown }).ordered ? 'ol' : 'ul', children: children() }];
		default: {
			const tag = elements[node.type];
			return tag ? [{ tag, children: children() }] : [];
		}
	}
}

/** The body's nodes; a body that does not parse is shown as its text, one paragraph. */
export function bodyView(parse: (body: string) => BodyNode, body: string): ViewNode[] {
	if (!body.trim()) return [];
	try {
		return toView(parse(body));
	} catch {
		return [{ tag: 'p', children: [body] }];
	}
}

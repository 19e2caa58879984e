/**
 * Node only: the build's second wall. Every Markdown/MDX body is rebuilt from its rendered tree
 * with the allow-list of schemas/body-allowlist.ts before it becomes a page, so even a file the
 * checker wrongly let through cannot put code, handlers, other sites' resources or page-level
 * markup (`<meta>`, `<base>`, `<form>`) into the handbook. The checker explains; this enforces.
 */
import type { Element, Nodes, Root, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { HastVisitorInstance } from 'satteri';
import {
	bodyElements,
	judgeUrl,
	linkSchemes,
	urlAttributes,
} from '../../schemas/body-allowlist.ts';

/** Elements Markdown syntax itself produces beyond what an author may write: `# h1`, task-list boxes, footnotes. */
const markdownOnlyElements = ['h1', 'input', 'section'];

/** HTML attribute names whose hast property name differs. */
const propertyNames: Record<string, string> = { colspan: 'colSpan', rowspan: 'rowSpan' };
const propertyOf = (attribute: string) => propertyNames[attribute] ?? attribute;

/** Attributes Markdown output carries on any element (ids for headings and footnotes, table alignment). */
const markdownAttributes = ['id', 'align', 'dir', 'lang'];

export const bodySchema: Schema = {
	...defaultSchema,
	tagNames: [...Object.keys(bodyElements), ...markdownOnlyElements],
	attributes: {
		...Object.fromEntries(
			Object.entries(bodyElements).map(([tag, attributes]) => [
				tag,
				[...(defaultSchema.attributes?.[tag] ?? []), ...attributes.map(propertyOf)],
			]),
		),
		input: defaultSchema.attributes?.input ?? [],
		section: defaultSchema.attributes?.section ?? [],
		h1: [],
		'*': markdownAttributes,
	},
	protocols: { href: [...linkSchemes], src: [], cite: ['http', 'https'] },
	strip: ['script', 'style'],
};

type AnyNode = Nodes | { type: string; [key: string]: unknown };

/** MDX nodes become plain hast: allowed-looking elements keep literal attributes; code (ESM, expressions) goes. */
function toPlainHast(node: AnyNode): RootContent[] {
	switch (node.type) {
		case 'mdxjsEsm':
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
		case 'raw':
			return [];
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			const jsx = node as {
				name?: string | null;
				attributes?: { type: string; name?: string; value?: unknown }[];
				children?: AnyNode[];
			};
			const properties: Record<string, string> = {};
			for (const attribute of jsx.attributes ?? []) {
				if (
					attribute.type === 'mdxJsxAttribute' &&
					attribute.name &&
					typeof attribute.value === 'string'
				)
					properties[propertyOf(attribute.name.toLowerCase())] = attribute.value;
			}
			const children = (jsx.children ?? []).flatMap(toPlainHast) as Element['children'];
			// Components and fragments are not elements: the sanitiser unwraps unknown names, keeping their text.
			return [
				{
					type: 'element',
					tagName: jsx.name ? jsx.name.toLowerCase() : 'fragment',
					properties,
					children,
				},
			];
		}
		default: {
			const parent = node as { children?: AnyNode[] };
			if (!parent.children) return [node as RootContent];
			return [
				{
					...(node as Element),
					children: parent.children.flatMap(toPlainHast) as Element['children'],
				},
			];
		}
	}
}

/** After sanitising, URLs are judged once more as a browser reads them (no other site's resources). */
function dropUnsafeUrls(node: Nodes): void {
	const stack: Nodes[] = [node];
	for (let current = stack.pop(); current; current = stack.pop()) {
		if (current.type === 'element') {
			for (const [attribute, kind] of Object.entries(urlAttributes)) {
				const value = current.properties[attribute];
				if (value !== undefined && judgeUrl(String(value), kind) !== 'ok')
					delete current.properties[attribute];
			}
		}
		if ('children' in current) for (const child of current.children) stack.push(child as Nodes);
	}
}

/** The body with nothing but allowed elements, attributes and URLs. */
export function sanitizeBody(root: Root): Root {
	const plain: Root = { type: 'root', children: root.children.flatMap(toPlainHast) };
	const clean = sanitize(plain, bodySchema) as Root;
	dropUnsafeUrls(clean);
	return clean;
}

/** The Sätteri hast plugin that runs the wall on every Markdown and MDX file the build compiles. */
export const bodySanitizerPlugin: HastVisitorInstance & { name: string } = {
	name: 'mot-body-sanitizer',
	before(root, ctx) {
		ctx.replaceNode(root, sanitizeBody(root as Root));
	},
};

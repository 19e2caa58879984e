/**
 * The live preview: the case as its page shows it, from the same renderer the case page uses
 * (src/lib/case-view.ts), turned into DOM nodes (text is never parsed as HTML). The body comes
 * from its MDX syntax tree (src/lib/body-view.ts), the one the checker judges.
 */
import type { Yamlish } from '../../authoring/serialize.ts';
import type { Locale } from '../../i18n/ui.ts';
import { caseView, type CaseLike, type ViewLabels, type ViewNode } from '../../lib/case-view.ts';

type Child = Node | string | false | undefined | null;

function h(
	tag: string,
	attributes: Record<string, string> = {},
	...children: Child[]
): HTMLElement {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	for (const child of children) if (child) element.append(child);
	return element;
}

/** The renderer's nodes as DOM nodes; the body slot gets the body's nodes (parsed by the checker's worker). */
function toDom(nodes: readonly ViewNode[], body: readonly ViewNode[], svg = false): Node[] {
	return nodes.flatMap((node): Node[] => {
		if (typeof node === 'string') return [document.createTextNode(node)];
		if ('slot' in node) return node.slot === 'body' ? toDom(body, []) : [];
		// The perception curve: an SVG and its parts need the SVG namespace to be drawn.
		if (svg || node.tag === 'svg') {
			const element = document.createElementNS('http://www.w3.org/2000/svg', node.tag);
			for (const [name, value] of Object.entries(node.attrs ?? {}))
				element.setAttribute(name, value);
			element.append(...toDom(node.children ?? [], body, true));
			return [element];
		}
		return [h(node.tag, node.attrs, ...toDom(node.children ?? [], body))];
	});
}

export function renderPreview(
	target: HTMLElement,
	fields: Record<string, Yamlish>,
	body: readonly ViewNode[],
	labels: ViewLabels,
	lang: Locale,
): void {
	const sections = caseView(fields as CaseLike, { lang, labels, hasBody: body.length > 0 });
	const summary = typeof fields.summary === 'string' ? fields.summary : '';
	target.replaceChildren(
		h('h3', { class: 'preview-title' }, (typeof fields.title === 'string' && fields.title) || '…'),
		summary && h('p', { class: 'lead' }, summary),
		...sections
			.filter((section) => section.id !== 'related')
			.map((section) =>
				h('section', {}, h('h4', {}, section.label[lang]), ...toDom(section.content, body)),
			),
	);
}

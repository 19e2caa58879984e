/**
 * MDX can run code. A body is judged on its syntax tree, parsed by the same grammar the build
 * compiles (see src/checker/mdx-parse.ts): no ESM, no `{expressions}` anywhere, only the
 * elements, attributes and URLs of schemas/body-allowlist.ts. Text, code spans and fences are
 * nodes of their own, so nothing written inside them can be mistaken for markup.
 */
import {
	bodyComponents,
	bodyElements,
	judgeUrl,
	refusedElements,
	urlAttributes,
} from '../../../schemas/body-allowlist.ts';
import type { MessageKey } from '../messages.ts';
import { MdxSyntaxError, type BodyNode, type ParseMdx } from '../mdx-parse.ts';

export interface MdxFinding {
	message: MessageKey;
	/** Offset in the body. */
	index: number;
	params?: Record<string, unknown>;
}

/** A body link to a case page, `/cases/<id>/`, with the offset of the link in the body. */
export interface CaseLink {
	id: string;
	index: number;
}

/** A text node of the body (prose, not code or markup) and where its source starts and ends. */
export interface BodyText {
	value: string;
	start: number;
	end: number;
}

export interface BodyAnalysis {
	findings: MdxFinding[];
	caseLinks: CaseLink[];
	/** The prose text nodes, for rules about how the text is written. */
	texts: BodyText[];
}

const offsetOf = (node: BodyNode, fallback: number) => node.position?.start.offset ?? fallback;

/** `/cases/<id>/` (any origin, with or without the site's base) in a URL, or undefined. */
export function caseIdInUrl(url: string): string | undefined {
	const path = url.split(/[?#]/, 1)[0]!;
	const segments = path.split('/');
	const at = segments.lastIndexOf('cases', segments.length - 2);
	if (at < 0) return undefined;
	const id = segments[at + 1]!;
	const rest = segments.slice(at + 2);
	return /^[a-z0-9-]+$/.test(id) && rest.every((part) => part === '') ? id : undefined;
}

function judgeElement(node: BodyNode, at: number, findings: MdxFinding[], links: CaseLink[]): void {
	const name = node.name ?? '';
	const lower = name.toLowerCase();
	const isComponent =
		name === '' || /^[A-Z]/.test(name) || name.includes('.') || name.includes(':');
	let allowedAttributes: readonly string[] | undefined;
	if (isComponent) {
		if (!bodyComponents.includes(name))
			findings.push({
				message: 'mdx.component',
				index: at,
				params: { value: name || '<>', allowed: bodyComponents.join(', ') || '—' },
			});
	} else if (lower in refusedElements) {
		const kind = refusedElements[lower as keyof typeof refusedElements];
		findings.push({
			message: kind === 'script' ? 'mdx.script' : kind === 'style' ? 'mdx.style' : 'mdx.iframe',
			index: at,
			params: { tag: lower },
		});
	} else if (!(lower in bodyElements)) {
		findings.push({
			message: 'mdx.element',
			index: at,
			params: { value: lower, allowed: Object.keys(bodyElements).join(' ') },
		});
	} else {
		allowedAttributes = bodyElements[lower];
	}
	for (const attribute of node.attributes ?? []) {
		if (
			attribute.type === 'mdxJsxExpressionAttribute' ||
			(attribute.value !== null && typeof attribute.value === 'object')
		) {
			findings.push({ message: 'mdx.expression', index: at });
			continue;
		}
		const attributeName = (attribute.name ?? '').toLowerCase();
		if (attributeName.startsWith('on'))
			findings.push({ message: 'mdx.handler', index: at, params: { value: attribute.name } });
		else if (attributeName === 'style') findings.push({ message: 'mdx.styleAttribute', index: at });
		else if (allowedAttributes && !allowedAttributes.includes(attributeName)) {
			findings.push({
				message: 'mdx.attribute',
				index: at,
				params: { value: attribute.name, tag: lower, allowed: allowedAttributes.join(' ') || '—' },
			});
		} else if (
			allowedAttributes &&
			attributeName in urlAttributes &&
			typeof attribute.value === 'string'
		) {
			judgeLink(attribute.value, urlAttributes[attributeName]!, at, findings);
			if (lower === 'a') addCaseLink(attribute.value, at, links);
		}
	}
}

function judgeLink(
	url: string,
	kind: 'link' | 'resource',
	at: number,
	findings: MdxFinding[],
): void {
	const verdict = judgeUrl(url, kind);
	if (verdict === 'script') findings.push({ message: 'mdx.jsUrl', index: at });
	else if (verdict === 'scheme')
		findings.push({ message: 'mdx.url', index: at, params: { value: url.split(':', 1)[0] } });
	else if (verdict === 'remote')
		findings.push({ message: 'mdx.remote', index: at, params: { value: url } });
}

function addCaseLink(url: string, at: number, links: CaseLink[]): void {
	const id = caseIdInUrl(url);
	if (id) links.push({ id, index: at });
}

/** Walks the tree once (no recursion: a deeply nested body cannot overflow the stack). */
export function judgeBodyTree(root: BodyNode): BodyAnalysis {
	const findings: MdxFinding[] = [];
	const caseLinks: CaseLink[] = [];
	const texts: BodyText[] = [];
	const definitions = new Map<string, { url: string; at: number }>();
	const imageReferences: { identifier: string; at: number }[] = [];
	const stack: { node: BodyNode; at: number }[] = [{ node: root, at: 0 }];
	for (let item = stack.pop(); item; item = stack.pop()) {
		const { node } = item;
		const at = offsetOf(node, item.at);
		switch (node.type) {
			case 'mdxjsEsm':
				findings.push({ message: 'mdx.esm', index: at });
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				findings.push({ message: 'mdx.expression', index: at });
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				judgeElement(node, at, findings, caseLinks);
				break;
			case 'html':
				findings.push({
					message: 'mdx.element',
					index: at,
					params: { value: 'html', allowed: Object.keys(bodyElements).join(' ') },
				});
				break;
			case 'link':
				judgeLink(node.url ?? '', 'link', at, findings);
				addCaseLink(node.url ?? '', at, caseLinks);
				break;
			case 'image':
				judgeLink(node.url ?? '', 'resource', at, findings);
				break;
			case 'definition':
				judgeLink(node.url ?? '', 'link', at, findings);
				addCaseLink(node.url ?? '', at, caseLinks);
				definitions.set(node.identifier ?? '', { url: node.url ?? '', at });
				break;
			case 'imageReference':
				imageReferences.push({ identifier: node.identifier ?? '', at });
				break;
			case 'text':
				if (typeof node.value === 'string' && node.position?.start.offset !== undefined)
					texts.push({
						value: node.value,
						start: node.position.start.offset,
						end: node.position.end?.offset ?? node.position.start.offset,
					});
				break;
		}
		const children = node.children ?? [];
		for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, at });
	}
	// A definition an image uses loads a resource: it must come from this site.
	for (const reference of imageReferences) {
		const definition = definitions.get(reference.identifier);
		if (definition && judgeUrl(definition.url, 'link') === 'ok')
			judgeLink(definition.url, 'resource', definition.at, findings);
	}
	findings.sort((a, b) => a.index - b.index);
	return { findings, caseLinks, texts };
}

/** Offset in `text` of a 1-based line and column. */
function offsetAt(text: string, line: number, column: number): number {
	let offset = 0;
	for (let current = 1; current < line; current++) {
		const next = text.indexOf('\n', offset);
		if (next === -1) return text.length;
		offset = next + 1;
	}
	return Math.min(text.length, offset + column - 1);
}

/** A body the build could not compile: said in the author's terms where we know the cause. */
function syntaxFinding(body: string, error: MdxSyntaxError): MdxFinding {
	let index = offsetAt(body, error.line, error.column);
	// Parsers point at the `<` or at the character after it.
	if (body[index] !== '<' && body[index - 1] === '<') index -= 1;
	if (body.startsWith('<!--', index)) return { message: 'mdx.comment', index };
	if (body[index] === '<')
		return { message: 'mdx.lessThan', index, params: { value: body.slice(index, index + 2) } };
	return { message: 'mdx.syntax', index, params: { detail: error.reason } };
}

/** Parses a body once and judges it; a body that does not parse is one finding at the place it stops. */
export function analyseBody(body: string, parse: ParseMdx): BodyAnalysis {
	let tree: BodyNode;
	try {
		tree = parse(body);
	} catch (error) {
		if (!(error instanceof MdxSyntaxError)) throw error;
		return { findings: [syntaxFinding(body, error)], caseLinks: [], texts: [] };
	}
	return judgeBodyTree(tree);
}

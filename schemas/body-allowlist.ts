/**
 * What the MDX body of a case or guide may contain, in one place: the checker judges an
 * author's syntax tree against it (src/checker/rules/mdx-safety.ts) and the build's second
 * wall sanitises every rendered body with it (src/integrations/body-sanitizer.ts).
 * Everything not listed here is refused: bodies are written by many authors and built in CI.
 */

/** Components a body may use. Empty today: add a name here when the project ships one. */
export const bodyComponents: readonly string[] = [];

/** HTML elements an author may write, each with the attributes it may carry (literal values only). */
export const bodyElements: Readonly<Record<string, readonly string[]>> = {
	a: ['href', 'title'],
	abbr: ['title'],
	b: [],
	blockquote: [],
	br: [],
	caption: [],
	code: [],
	dd: [],
	del: [],
	details: [],
	dl: [],
	dt: [],
	em: [],
	figcaption: [],
	figure: [],
	h2: [],
	h3: [],
	h4: [],
	h5: [],
	h6: [],
	hr: [],
	i: [],
	img: ['src', 'alt', 'title', 'width', 'height'],
	ins: [],
	kbd: [],
	li: [],
	mark: [],
	ol: ['start'],
	p: [],
	pre: [],
	q: [],
	s: [],
	small: [],
	span: [],
	strong: [],
	sub: [],
	summary: [],
	sup: [],
	table: [],
	tbody: [],
	td: ['colspan', 'rowspan'],
	tfoot: [],
	th: ['colspan', 'rowspan', 'scope'],
	thead: [],
	tr: [],
	u: [],
	ul: [],
};

/** Elements refused with their own message, because authors try them and the reason differs. */
export const refusedElements = {
	script: 'script',
	style: 'style',
	iframe: 'embed',
	frame: 'embed',
	frameset: 'embed',
	object: 'embed',
	embed: 'embed',
} as const;

/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file: …) is refused. */
export const linkSchemes: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/** Attributes whose value is a URL: a link the reader follows, or a resource the page loads. */
export const urlAttributes: Readonly<Record<string, 'link' | 'resource'>> = {
	href: 'link',
	src: 'resource',
};

export type UrlVerdict = 'ok' | 'script' | 'scheme' | 'remote';

/** Characters browsers drop from URLs (tabs, newlines, other C0 controls and spaces) before reading the scheme. */
const isIgnoredInUrl = (code: number) => code <= 0x20 || code === 0x7f;

/**
 * Judges a URL as a browser reads it (the parsers have already decoded character references):
 * controls and spaces removed, the scheme is what precedes the first `:` before any `/?#`.
 * A resource (an image) must come from this site: no scheme and no `//host`.
 */
export function judgeUrl(raw: string, kind: 'link' | 'resource'): UrlVerdict {
	let url = '';
	for (const char of raw) if (!isIgnoredInUrl(char.codePointAt(0)!)) url += char;
	let scheme = '';
	for (const char of url) {
		if (char === ':') break;
		if (char === '/' || char === '?' || char === '#' || char === '\\') {
			scheme = '';
			break;
		}
		scheme += char;
	}
	// A scheme is a letter then letters, digits, `+`, `-`, `.`; anything else before `:` is a path.
	const hasScheme = url[scheme.length] === ':' && /^[a-z][a-z\d+.-]*$/i.test(scheme);
	const name = hasScheme ? scheme.toLowerCase() : '';
	if (name === 'javascript') return 'script';
	if (hasScheme && !linkSchemes.includes(name)) return 'scheme';
	if (kind === 'resource' && (hasScheme || /^[/\\]{2}/.test(url))) return 'remote';
	return 'ok';
}

/**
 * MDX can run code. A case may use plain Markdown and the project's own components only, so
 * anything that executes (ESM, script, event handlers, javascript: URLs, {expressions}) or
 * embeds another site is an error. Code spans and fences are text, so they are masked first.
 */

/** Components a case may use. Empty today: add a name here when the project ships one. */
export const caseComponents: readonly string[] = [];

export interface MdxFinding {
	message: 'mdx.esm' | 'mdx.script' | 'mdx.iframe' | 'mdx.style' | 'mdx.handler' | 'mdx.jsUrl' | 'mdx.expression' | 'mdx.component' | 'mdx.comment';
	index: number;
	params?: Record<string, unknown>;
}

/** Replaces code fences and inline code with spaces, keeping every offset and newline. */
export function maskCode(body: string): string {
	const blank = (s: string) => s.replace(/[^\n]/g, ' ');
	return body
		.replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\2[ \t]*$|(?![\s\S]))/gm, blank)
		.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, blank);
}

const checks: { pattern: RegExp; finding: (m: RegExpMatchArray) => Omit<MdxFinding, 'index'> | undefined }[] = [
	{ pattern: /^[ \t]*(?:import|export)\b/gm, finding: () => ({ message: 'mdx.esm' }) },
	{ pattern: /<script\b/gi, finding: () => ({ message: 'mdx.script' }) },
	{ pattern: /<(iframe|frame|frameset|object|embed)\b/gi, finding: (m) => ({ message: 'mdx.iframe', params: { tag: m[1]!.toLowerCase() } }) },
	{ pattern: /<style\b/gi, finding: () => ({ message: 'mdx.style' }) },
	{ pattern: /<[A-Za-z][^>]*?\s(on[a-z]+)\s*=/gi, finding: (m) => ({ message: 'mdx.handler', params: { value: m[1] } }) },
	{ pattern: /javascript\s*:/gi, finding: () => ({ message: 'mdx.jsUrl' }) },
	{ pattern: /<!--/g, finding: () => ({ message: 'mdx.comment' }) },
	{ pattern: /(?<!\\)\{/g, finding: () => ({ message: 'mdx.expression' }) },
	{
		pattern: /<([A-Z][\w.]*)/g,
		finding: (m) =>
			caseComponents.includes(m[1]!) ? undefined : { message: 'mdx.component', params: { value: m[1], allowed: caseComponents.join(', ') || '—' } },
	},
];

export function findUnsafeMdx(body: string): MdxFinding[] {
	const text = maskCode(body);
	const findings: MdxFinding[] = [];
	for (const { pattern, finding } of checks) {
		for (const m of text.matchAll(pattern)) {
			const f = finding(m);
			if (f) findings.push({ ...f, index: m.index });
		}
	}
	return findings.sort((a, b) => a.index - b.index);
}

/** Links in a body to `/cases/<id>/`, with where each id starts. */
export function findCaseLinks(body: string): { id: string; index: number }[] {
	const text = maskCode(body);
	return [...text.matchAll(/\/cases\/([a-z0-9-]+)(?=[/#?)\s"'>\]]|$)/g)].map((m) => ({ id: m[1]!, index: m.index + '/cases/'.length }));
}

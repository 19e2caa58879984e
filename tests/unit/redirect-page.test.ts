/** A redirect page says where the case went, in valid HTML, whatever its title holds. */
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { cspMeta } from '../../src/config/csp.ts';
import { redirectPage } from '../../src/lib/redirect-page.ts';
import { htmlTextProblems } from '../helpers/html-validator.ts';

const page = (title: string) =>
	redirectPage({
		lang: 'zh-CN',
		to: '/mot/cases/gold-card-lounge/',
		canonical: 'https://example.org/mot/cases/gold-card-lounge/',
		title,
		moved: '这个案例的地址已经更新：',
		script: '/mot/redirect.js',
	});

/** Every element of a document, parsed (not searched as text). */
function elements(
	html: string,
): { name: string; attributes: Record<string, string>; text: string }[] {
	const found: { name: string; attributes: Record<string, string>; text: string }[] = [];
	const text = (node: Node): string =>
		node.type === ELEMENT_NODE ? node.children.map(text).join('') : (node.value ?? '');
	walkSync(parse(html), (node) => {
		if (node.type === ELEMENT_NODE)
			found.push({ name: node.name, attributes: node.attributes, text: text(node) });
	});
	return found;
}

describe('redirect page', () => {
	it('sends the reader on three ways: meta refresh, canonical link, a visible link', () => {
		const all = elements(page('查不到卡号的金卡客户'));
		const meta = (name: string) => all.find((e) => e.attributes['http-equiv'] === name);
		expect(meta('refresh')?.attributes.content).toBe('0; url=/mot/cases/gold-card-lounge/');
		expect(meta('content-security-policy')?.attributes.content).toBe(cspMeta());
		expect(all.find((e) => e.name === 'link')?.attributes.href).toBe(
			'https://example.org/mot/cases/gold-card-lounge/',
		);
		const link = all.find((e) => e.name === 'a');
		expect(link).toMatchObject({
			attributes: { href: '/mot/cases/gold-card-lounge/' },
			text: '查不到卡号的金卡客户',
		});
		expect(all.filter((e) => e.name === 'script').map((e) => e.attributes.src)).toEqual([
			'/mot/redirect.js',
		]);
	});

	it('keeps markup in a title as text: no element, no script gets in', async () => {
		const title = '</title><script>alert(1)</script><a href="//evil.example">x</a> & "引号"';
		const html = page(title);
		const all = elements(html);
		// The parser leaves character references as written: the markup is text, escaped.
		expect(all.find((e) => e.name === 'title')?.text).toContain('script>alert(1)');
		expect(all.find((e) => e.name === 'a')?.text).toContain('script>alert(1)');
		expect(all.map((e) => e.name)).toEqual([
			'html',
			'head',
			'meta',
			'meta',
			'meta',
			'title',
			'meta',
			'link',
			'meta',
			'body',
			'p',
			'a',
			'script',
		]);
		expect(await htmlTextProblems(html, 'c/x/index.html')).toEqual([]);
	});
});

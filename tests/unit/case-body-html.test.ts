/**
 * Case bodies become HTML when content is synced (src/lib/case-body-html.ts), not one MDX module
 * each: the reader must get what MDX gave them (links into the site in their language and under
 * the base path, heading ids), and nothing a hostile body could run.
 */
import { describe, expect, it } from 'vitest';
import { htmlToHast } from 'satteri';
import { bodyHtml, bodyHtmlVersion } from '../../src/lib/case-body-html.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { benignBodies, hostileBodies } from '../fixtures/hostile-bodies.ts';

const root = createUrls('/', 'zh');
const sub = createUrls('/handbook/', 'zh');

interface HtmlNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HtmlNode[];
}
function* elements(node: HtmlNode): Generator<HtmlNode> {
	for (const child of node.children ?? []) {
		if (child.type === 'element') yield child;
		yield* elements(child);
	}
}
const hrefs = (html: string) =>
	[...elements(htmlToHast(html, { fragment: true }) as HtmlNode)]
		.filter((e) => e.tagName === 'a')
		.map((e) => e.properties?.href);

describe('case body HTML', () => {
	it('links into the site in the reader language and under the base path', () => {
		const body =
			'见 [另一个案例](/cases/gold-card-lounge/)、[本节](#facts) 和 [官网](https://example.com/)。';
		expect(hrefs(bodyHtml(body, root).html)).toEqual([
			'/cases/gold-card-lounge/',
			'#facts',
			'https://example.com/',
		]);
		expect(hrefs(bodyHtml(body, root).byLang.en!)).toEqual([
			'/en/cases/gold-card-lounge/',
			'#facts',
			'https://example.com/',
		]);
		const under = bodyHtml(body, sub);
		expect(hrefs(under.html)[0]).toBe('/handbook/cases/gold-card-lounge/');
		expect(hrefs(under.byLang.en!)[0]).toBe('/handbook/en/cases/gold-card-lounge/');
	});

	it('keeps one copy when every language reads the same HTML', () => {
		expect(bodyHtml('没有链接的一段话。', root)).toEqual({
			html: '<p>没有链接的一段话。</p>',
			byLang: {},
		});
	});

	it('gives headings the ids Astro gives them, and keeps allowed markup', () => {
		const { html } = bodyHtml(
			'## 事后 复盘\n\n按 <kbd>Ctrl</kbd>，<abbr title="关键时刻">MOT</abbr>。',
			root,
		);
		expect(html).toContain('<h2 id="事后-复盘">事后 复盘</h2>');
		expect(html).toContain('<kbd>Ctrl</kbd>');
		expect(html).toContain('<abbr title="关键时刻">MOT</abbr>');
	});

	it.each(hostileBodies)('leaves nothing to run or fetch from $name', ({ body }) => {
		let html: string;
		try {
			html = bodyHtml(body, root).html;
		} catch {
			return; // a body the parser refuses fails the build (and `check`): nothing is published
		}
		for (const element of elements(htmlToHast(html, { fragment: true }) as HtmlNode)) {
			expect([
				'script',
				'style',
				'iframe',
				'object',
				'embed',
				'form',
				'meta',
				'base',
			]).not.toContain(element.tagName);
			for (const [name, value] of Object.entries(element.properties ?? {})) {
				expect(name).not.toMatch(/^on|^style$/i);
				expect(String(value)).not.toMatch(/^\s*(?:javascript|data|vbscript):/i);
				if (name === 'src') expect(String(value)).not.toMatch(/^(?:[a-z]+:|\/\/)/i);
			}
		}
	});

	it.each(benignBodies)('publishes $name', ({ body }) => {
		expect(bodyHtml(body, root).html.length).toBeGreaterThan(0);
	});

	it('renders every body again when the base path changes', () => {
		expect(bodyHtmlVersion(root)).not.toBe(bodyHtmlVersion(sub));
		expect(bodyHtmlVersion(root)).toBe(bodyHtmlVersion(createUrls('/', 'zh')));
	});
});

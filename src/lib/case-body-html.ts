/**
 * A case body as HTML, made once when content is synced and kept in Astro's content store, instead
 * of one compiled MDX module per case: ten thousand modules made the bundler and the page renderer
 * hold gigabytes, and were compiled again on every build. A case body may use no component and no
 * expression (schemas/body-allowlist.ts, enforced by `check`), so what MDX would run is static
 * markup. Parsed by Sätteri's MDX parser with the build's features (the parser `check` and
 * @astrojs/mdx use, so both fail on the same files), rebuilt by the build's wall (sanitizeBody),
 * headings given ids as Astro gives them, site-root links given the base path and the page's
 * language as ContentLink does for MDX.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Element, Nodes, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { sanitizeBody } from '../integrations/body-sanitizer.ts';
import { locales, type Locale } from '../../schemas/locales.ts';
import type { Urls } from './urls.ts';

/** What the content store keeps: the default language's HTML, and another language's only where it differs (site-root links). */
export interface BodyHtml {
	html: string;
	byLang: Partial<Record<Locale, string>>;
}

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function textOf(node: Nodes): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}

function* elementsOf(root: Root): Generator<Element> {
	const stack: Nodes[] = [root];
	for (let node = stack.pop(); node; node = stack.pop()) {
		if (node.type === 'element') yield node;
		if ('children' in node)
			for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
	}
}

/** Sanitised hast of a body, headings with Astro's ids (github-slugger, in document order). */
export function bodyTree(body: string): Root {
	const tree = sanitizeBody(
		mdxToHast(body, {
			features: { gfm: true, smartPunctuation: true, frontmatter: false },
			position: false,
		}) as Root,
	);
	const slugger = new GithubSlugger();
	for (const element of elementsOf(tree)) {
		if (headings.has(element.tagName) && typeof element.properties.id !== 'string')
			element.properties.id = slugger.slug(textOf(element));
	}
	return tree;
}

/** The body's HTML in every language: site-root links get the base path and the language, as ContentLink gives them to MDX. */
export function bodyHtml(body: string, urls: Urls): BodyHtml {
	const tree = bodyTree(body);
	const links: { element: Element; href: string }[] = [];
	for (const element of elementsOf(tree)) {
		const href = element.properties.href;
		if (element.tagName === 'a' && typeof href === 'string') links.push({ element, href });
	}
	const render = (lang: Locale) => {
		for (const { element, href } of links) element.properties.href = urls.contentLink(href, lang);
		return toHtml(tree);
	};
	const html = render(urls.defaultLang);
	const byLang: BodyHtml['byLang'] = {};
	for (const lang of locales) {
		if (lang === urls.defaultLang) continue;
		const other = links.length ? render(lang) : html;
		if (other !== html) byLang[lang] = other;
	}
	return { html, byLang };
}

/**
 * What the stored HTML depends on besides the file: this renderer, the wall and its allow-list,
 * the parser's version and the site's base path and languages. It joins each entry's digest, so a
 * change to any of them renders every body again instead of serving the last build's.
 */
export function bodyHtmlVersion(urls: Urls): string {
	const hash = createHash('sha256').update(`${urls.base}\0${urls.defaultLang}\0${locales}`);
	for (const file of [
		'./case-body-html.ts',
		'../integrations/body-sanitizer.ts',
		'../../schemas/body-allowlist.ts',
	])
		hash.update(readFileSync(new URL(file, import.meta.url)));
	const satteri = createRequire(import.meta.url).resolve('satteri');
	hash.update(readFileSync(join(dirname(satteri), '..', 'package.json')));
	return hash.digest('base64url').slice(0, 16);
}

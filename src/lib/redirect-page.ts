/**
 * A page that only sends the reader on (a former case id, a short link), as one HTML document:
 * the template of src/layouts/Redirect.astro and of the short links the build writes itself
 * (src/integrations/case-files.ts). Works on any static host: a meta refresh, a canonical link
 * and a visible link; one small script for every redirect (public/redirect.js) keeps the
 * `#anchor` of the old link. Serialised by hast-util-to-html, which escapes what a title holds.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { cspMeta } from '../config/csp.ts';

export interface RedirectPage {
	/** The document's language (`htmlLang`). */
	lang: string;
	/** Where to: a path within the site, with its base. */
	to: string;
	/** `to` as an absolute URL. */
	canonical: string;
	/** The page's title: the case's or the set's. */
	title: string;
	/** The sentence before the link ("This case has moved:"), in the page's language. */
	moved: string;
	/** The URL of public/redirect.js, with the site's base. */
	script: string;
}

const element = (
	tagName: string,
	properties: Properties = {},
	children: ElementContent[] = [],
): Element => ({ type: 'element', tagName, properties, children });

export function redirectPage(page: RedirectPage): string {
	// Attribute values are in double quotes: the CSP's 'self' needs no escaping there.
	return toHtml(
		{
			type: 'root',
			children: [
				{ type: 'doctype' },
				element('html', { lang: page.lang, dataRedirect: page.to }, [
					element('head', {}, [
						element('meta', { charSet: 'utf-8' }),
						element('meta', { httpEquiv: ['content-security-policy'], content: cspMeta() }),
						element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
						element('title', {}, [{ type: 'text', value: page.title }]),
						element('meta', { name: 'robots', content: 'noindex' }),
						element('link', { rel: ['canonical'], href: page.canonical }),
						element('meta', { httpEquiv: ['refresh'], content: `0; url=${page.to}` }),
					]),
					element('body', {}, [
						element('p', {}, [
							{ type: 'text', value: `${page.moved} ` },
							element('a', { href: page.to }, [{ type: 'text', value: page.title }]),
						]),
						// In <body>: a script after </html> is invalid HTML.
						element('script', { src: page.script }),
					]),
				]),
			],
		},
		{ allowDangerousCharacters: true, upperDoctype: true },
	);
}

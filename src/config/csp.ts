/**
 * The handbook's Content-Security-Policy: everything from the site's own origin, nothing from
 * anywhere else. Every page carries it as a meta tag (src/components/ContentSecurityPolicy.astro);
 * `npm run nginx-config` writes the same policy as a header. The build emits no inline scripts
 * or styles, so neither needs per-page hashes.
 */

type DirectiveName =
	| 'default-src'
	| 'img-src'
	| 'font-src'
	| 'connect-src'
	| 'worker-src'
	| 'manifest-src'
	| 'object-src'
	| 'base-uri'
	| 'form-action';

/** Directives other than script-src and style-src. */
export const cspDirectives: `${DirectiveName} ${string}`[] = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];

/** Pagefind compiles WebAssembly, which CSP calls `wasm-unsafe-eval` (it allows no `eval`). */
export const cspScriptSources = ["'self'", "'wasm-unsafe-eval'"];
export const cspStyleSources = ["'self'"];

/** Only a header can forbid framing; a meta tag cannot. */
export const cspHeaderOnly = ["frame-ancestors 'self'"];

/**
 * The policy a page's meta tag holds. `connectTo`: origins the page may also fetch from
 * (`/author/` alone: the repository's API).
 */
export function cspMeta(connectTo: readonly string[] = []): string {
	const connect = (d: string) =>
		d.startsWith('connect-src ') && connectTo.length ? `${d} ${connectTo.join(' ')}` : d;
	return [
		...cspDirectives.map(connect),
		`script-src ${cspScriptSources.join(' ')}`,
		`style-src ${cspStyleSources.join(' ')}`,
	].join('; ');
}

/** The whole policy as an HTTP header value: the meta tag's and what only a header can say. */
export const cspHeader = (connectTo: readonly string[] = []): string =>
	[cspMeta(connectTo), ...cspHeaderOnly].join('; ');

/**
 * The handbook's Content-Security-Policy: everything from the site's own origin, nothing from
 * anywhere else. Astro writes it into every page as a meta tag (with hashes of its own
 * scripts and styles); `npm run nginx-config` writes the same policy as a header. The build
 * emits no inline scripts or styles, so the header needs no per-page hashes.
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

/** Directives other than script-src and style-src (Astro owns those two). */
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
 * The whole policy as an HTTP header value. `connectTo`: origins the page may also fetch from
 * (`/author/` alone: the repository's API, as its meta tag says).
 */
export function cspHeader(connectTo: string[] = []): string {
	const connect = (d: string) =>
		d.startsWith('connect-src ') && connectTo.length ? `${d} ${connectTo.join(' ')}` : d;
	return [
		...cspDirectives.map(connect),
		`script-src ${cspScriptSources.join(' ')}`,
		`style-src ${cspStyleSources.join(' ')}`,
		...cspHeaderOnly,
	].join('; ');
}

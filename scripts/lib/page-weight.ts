/**
 * What a page costs a reader on first load: the gzip size of its HTML, the stylesheets it
 * links and the scripts it loads before any interaction (module scripts and their imports).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
	page: string;
	html: number;
	css: number;
	js: number;
	total: number;
	files: string[];
}

const gzipped = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** `dist` is the built site; `page` a path inside it such as `cases/x/`; `base` the site's base path. */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
	const file = join(dist, page, page.endsWith('.html') ? '' : 'index.html');
	const html = readFileSync(file, 'utf8');
	const local = (href: string) =>
		join(dist, href.replace(new RegExp(`^${base.replace(/\/$/, '')}`), '').split(/[?#]/)[0]!);
	const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
		(m) => m[1]!,
	);
	const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
	const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1]!)
		.filter((s) => s.trim());
	// Static imports of the loaded scripts load too; dynamic imports (search, slides) do not.
	const seen = new Set<string>();
	let js = inlineScripts.reduce((sum, s) => sum + gzipped(s), 0);
	const queue = [...scripts];
	while (queue.length) {
		const href = queue.shift()!;
		const path = local(href);
		if (seen.has(path) || !existsSync(path)) continue;
		seen.add(path);
		const source = readFileSync(path, 'utf8');
		js += gzipped(source);
		for (const m of source.matchAll(/(?:^|[;\s])import\s*(?:[\w{}*,\s]+from\s*)?["']([^"']+)["']/g))
			queue.push(new URL(m[1]!, `http://x${href}`).pathname);
	}
	const cssBytes = css.reduce((sum, href) => sum + gzipped(readFileSync(local(href))), 0);
	const htmlBytes = gzipped(html);
	return {
		page,
		html: htmlBytes,
		css: cssBytes,
		js,
		total: htmlBytes + cssBytes + js,
		files: [...css, ...seen],
	};
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { createTempProject, type TempProject } from '../helpers/temp-project.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { nginxConfig } from '../../scripts/lib/nginx-config.ts';
import { cspHeader } from '../../src/config/csp.ts';
import { missingToolReason, systemTool } from '../helpers/system-tool.ts';
import { loadSiteConfig } from '../../src/config/load-fs.ts';

// A company hosting the handbook under a sub-path of its intranet.
const siteUrl = 'https://intranet.example.com';
const base = '/mot/';

let project: TempProject;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	project = createTempProject({}, { site: true, samples: true });
	const build = project.run(`${project.root}/node_modules/astro/bin/astro.mjs`, ['build'], {
		SITE_BASE: '/mot',
		SITE_URL: siteUrl,
	});
	if (build.code !== 0) throw new Error(build.stdout + build.stderr);
	server = await serveStatic(join(project.root, 'dist'), base);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	project?.dispose();
});

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? htmlFiles(join(dir, e.name))
			: e.name.endsWith('.html')
				? [join(dir, e.name)]
				: [],
	);
}

/** Every URL a page refers to, with the attribute it came from. */
function references(html: string): { attr: string; tag: string; url: string }[] {
	return [...html.matchAll(/<(\w+)\b[^>]*?\s(href|src|action|content)="([^"]*)"/g)]
		.filter(
			([, tag, attr, url]) => attr !== 'content' || (tag === 'meta' && /^https?:\/\//.test(url!)),
		)
		.map(([, tag, attr, url]) => ({ tag: tag!, attr: attr!, url: url!.replace(/&amp;/g, '&') }));
}

describe('hosted under a sub-path (base /mot/)', () => {
	it('has no link or asset that escapes the base, and every internal link resolves', async () => {
		const dist = join(project.root, 'dist');
		const files = htmlFiles(dist);
		expect(files.length).toBeGreaterThan(50);
		const internal = new Set<string>();
		const problems: string[] = [];
		for (const file of files) {
			const pagePath = `${base}${relative(dist, file)
				.replace(/index\.html$/, '')
				.replace(/\\/g, '/')}`;
			const pageUrl = new URL(pagePath, server.origin);
			for (const ref of references(readFileSync(file, 'utf8'))) {
				if (ref.url.startsWith('#') || ref.url.startsWith('mailto:') || ref.url.startsWith('data:'))
					continue;
				const target = new URL(ref.url, pageUrl);
				if (target.origin === server.origin) {
					if (!target.pathname.startsWith(base))
						problems.push(`${pagePath}: ${ref.tag} ${ref.attr}=${ref.url} escapes ${base}`);
					else internal.add(target.pathname);
				} else if (target.href.startsWith(siteUrl)) {
					// Absolute links (canonical, Open Graph, hreflang) use the configured site URL and base.
					if (!target.pathname.startsWith(base))
						problems.push(`${pagePath}: ${ref.url} escapes ${base}`);
				} else if (!(ref.tag === 'a' && ref.attr === 'href')) {
					problems.push(`${pagePath}: ${ref.tag} loads ${ref.url} from another site`);
				}
			}
		}
		expect(problems).toEqual([]);
		expect(internal.size).toBeGreaterThan(50);
		const broken: string[] = [];
		for (const path of internal) {
			const response = await fetch(new URL(path, server.origin), { redirect: 'manual' });
			if (response.status !== 200) broken.push(`${path} → ${response.status}`);
		}
		expect(broken).toEqual([]);
	});

	it('lists only URLs under the base in the sitemap', async () => {
		const index = await (await fetch(`${server.url}sitemap-index.xml`)).text();
		const sitemap = /<loc>([^<]+)<\/loc>/.exec(index)![1]!;
		expect(sitemap.startsWith(`${siteUrl}${base}`)).toBe(true);
		const urls = [
			...(await (await fetch(new URL(new URL(sitemap).pathname, server.origin))).text()).matchAll(
				/<loc>([^<]+)<\/loc>/g,
			),
		].map((m) => m[1]!);
		expect(urls.length).toBeGreaterThan(50);
		expect(urls.every((u) => u.startsWith(`${siteUrl}${base}`))).toBe(true);
		// A case's reading page in each language; not its other views, nor short links.
		for (const page of ['cases/gold-card-lounge/', 'en/cases/gold-card-lounge/'])
			expect(urls).toContain(`${siteUrl}${base}${page}`);
		const paths = urls.map((u) => new URL(u).pathname.slice(base.length));
		expect(paths.filter((p) => /(^|\/)(present|handout|offline)\/|^[cs]\//.test(p))).toEqual([]);
	});

	it('keeps redirects and the JSON feed under the base', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}c/airport-lounge-gold-card`);
		await page.waitForURL(/\/mot\/cases\/gold-card-lounge\/$/);
		await page.close();
		const feed = (await (await fetch(`${server.url}cases.json`)).json()) as {
			site: { url: string };
			cases: { url: string; shortUrl: string }[];
		};
		expect(feed.site.url).toBe(`${siteUrl}${base}`);
		const casePage = await (await fetch(`${server.url}cases/gold-card-lounge/`)).text();
		expect(casePage).toContain(`aria-label="扫码打开本案例: ${siteUrl}${base}c/gold-card-lounge"`);
		expect(
			feed.cases.every(
				(c) =>
					c.url.startsWith(`${siteUrl}${base}cases/`) &&
					c.shortUrl.startsWith(`${siteUrl}${base}c/`),
			),
		).toBe(true);
	});

	it('searches under the base', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}search/?q=${encodeURIComponent('半根')}`);
		await page.waitForSelector('#results .result');
		expect(await page.getAttribute('#results .result h2 a', 'href')).toBe(
			'/mot/cases/supermarket-half-lettuce/',
		);
		await page.close();
	});
});

describe('privacy and security', () => {
	async function visit(
		path: string,
		ready?: string,
	): Promise<{ page: Page; requests: string[]; violations: string[] }> {
		const page = await browser.newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { cspViolations: string[] }).cspViolations = seen;
			document.addEventListener('securitypolicyviolation', (e) =>
				seen.push(`${e.violatedDirective} ${e.blockedURI}`),
			);
		});
		await page.goto(server.url + path);
		if (ready) await page.waitForSelector(ready);
		await page.waitForLoadState('networkidle');
		const violations = await page.evaluate(
			() => (window as unknown as { cspViolations: string[] }).cspViolations,
		);
		return { page, requests, violations };
	}

	it.each([
		['', undefined],
		['cases/gold-card-lounge/', undefined],
		['cases/', '#case-list'],
		['guides/writing-an-scqa-case/', undefined],
		['cases/gold-card-lounge/present/?class#3', '.slide.is-current'],
		['author/', '#author-status[data-state]'],
		['report/?case=gold-card-lounge#gaps', '#report-section:has(option[value="facts"])'],
		[`search/?q=${encodeURIComponent('卡号')}`, '#results .result'],
		[`en/search/?q=${encodeURIComponent('IC卡')}`, '#results .result'],
	])(
		'/mot/%s works under the Content-Security-Policy and asks nothing of any other host',
		async (path, ready) => {
			const { page, requests, violations } = await visit(path, ready);
			expect(
				await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content'),
			).toContain("default-src 'self'");
			expect(violations).toEqual([]);
			expect(requests.length).toBeGreaterThan(0);
			expect(requests.filter((url) => new URL(url).hostname !== '127.0.0.1')).toEqual([]);
			await page.close();
		},
	);

	it('asks search engines not to index an intranet handbook (noindex in content/site.yaml)', async () => {
		const page = await browser.newPage();
		await page.goto(server.url);
		expect(await page.getAttribute('meta[name=robots]', 'content')).toBe('noindex, nofollow');
		await page.close();
	});
});

describe('the nginx recipe (npm run nginx-config)', () => {
	const nginx = systemTool('nginx');
	let origin = '';
	let stop = () => {};

	beforeAll(async () => {
		if (!nginx) return;
		const port = 20000 + Math.floor(Math.random() * 20000);
		const dir = mkdtempSync(join(tmpdir(), 'mot-nginx-'));
		writeFileSync(
			join(dir, 'server.conf'),
			nginxConfig(loadSiteConfig(project.root, { SITE_URL: siteUrl, SITE_BASE: '/mot' }), {
				root: join(project.root, 'dist'),
				listen: `127.0.0.1:${port}`,
			}),
		);
		writeFileSync(
			join(dir, 'nginx.conf'),
			`user root; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events {}
http { include /etc/nginx/mime.types; access_log off; client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi; include ${dir}/server.conf; }`,
		);
		const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
			stdio: 'ignore',
		});
		stop = () => child.kill();
		origin = `http://127.0.0.1:${port}`;
		for (let i = 0; i < 50; i++) {
			if (
				await fetch(`${origin}/mot/`).then(
					() => true,
					() => false,
				)
			)
				return;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		throw new Error(`nginx did not start: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
	});
	afterAll(() => stop());

	it('serves the handbook under /mot/ with the CSP header and the right caching', async (ctx) => {
		if (!nginx) return ctx.skip(missingToolReason('nginx'));
		const home = await fetch(`${origin}/mot/`);
		expect(home.status).toBe(200);
		expect(home.headers.get('content-type')).toContain('text/html');
		expect(home.headers.get('content-security-policy')).toBe(cspHeader());
		expect(home.headers.get('cache-control')).toBe('no-cache');
		expect((await fetch(`${origin}/mot/cases/gold-card-lounge/`)).status).toBe(200);
		const missing = await fetch(`${origin}/mot/no/such/page/`);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('找不到这个页面');
		const html = await (await fetch(`${origin}/mot/cases/`)).text();
		const asset = /src="(\/mot\/_astro\/[^"]+\.js)"/.exec(html)![1]!;
		const script = await fetch(origin + asset);
		expect(script.headers.get('cache-control')).toContain('immutable');
		expect(script.headers.get('content-type')).toContain('javascript');
		const entry = await fetch(`${origin}/mot/pagefind/pagefind-entry.json`);
		expect(entry.headers.get('cache-control')).toBe('no-cache');
		// The list of index shards changes with every build that changes one.
		const shards = await fetch(`${origin}/mot/pagefind/shards.json`);
		expect(shards.status).toBe(200);
		expect(shards.headers.get('cache-control')).toBe('no-cache');
		const chunk = readdirSync(join(project.root, 'dist/pagefind/fragment'))[0]!;
		expect(
			(await fetch(`${origin}/mot/pagefind/fragment/${chunk}`)).headers.get('cache-control'),
		).toContain('immutable');
	});

	it('lets /author/ alone connect to the repository API (site.yaml: github.com → api.github.com)', async (ctx) => {
		if (!nginx) return ctx.skip(missingToolReason('nginx'));
		const connectSrc = (policy: string | null) =>
			policy!.split('; ').find((d) => d.startsWith('connect-src '));
		for (const path of ['author/', 'en/author/']) {
			const response = await fetch(`${origin}/mot/${path}`);
			expect(response.status).toBe(200);
			expect(connectSrc(response.headers.get('content-security-policy'))).toBe(
				"connect-src 'self' https://api.github.com",
			);
		}
		for (const path of ['', 'cases/gold-card-lounge/', 'en/cases/', 'search/', 'author-x/']) {
			const response = await fetch(`${origin}/mot/${path}`);
			expect(connectSrc(response.headers.get('content-security-policy'))).toBe(
				"connect-src 'self'",
			);
		}
		// The published source the form edits is still served from under /author/.
		expect((await fetch(`${origin}/mot/author/source/gold-card-lounge.mdx`)).status).toBe(200);

		// In the browser: the API answers /author/ (played by a route), and is refused elsewhere.
		const apiCall = async (path: string) => {
			const page = await browser.newPage();
			await page.route('https://api.github.com/**', (route) =>
				route.fulfill({ status: 200, contentType: 'application/json', body: '{"login":"x"}' }),
			);
			await page.goto(`${origin}/mot/${path}`);
			const result = await page.evaluate(() =>
				fetch('https://api.github.com/user').then(
					(r) => `status ${r.status}`,
					() => 'refused',
				),
			);
			await page.close();
			return result;
		};
		expect(await apiCall('author/')).toBe('status 200');
		expect(await apiCall('en/author/')).toBe('status 200');
		expect(await apiCall('cases/gold-card-lounge/')).toBe('refused');
	});

	it('runs search behind nginx under the policy', async (ctx) => {
		if (!nginx) return ctx.skip(missingToolReason('nginx'));
		const page = await browser.newPage();
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.goto(`${origin}/mot/search/?q=${encodeURIComponent('热线')}`);
		await page.waitForSelector('#results .result');
		expect(violations).toEqual([]);
		await page.close();
	});
});

/**
 * The trainer edition (SITE_EDITION=trainer): the teaching notes are built in, the presenter
 * window shows them beside the slides and drives the room's screen, and the nginx recipe puts
 * the edition behind HTTP basic authentication.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { nginxConfig } from '../../scripts/lib/nginx-config.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { createTempProject, type TempProject } from '../helpers/temp-project.ts';
import { missingToolReason, systemTool } from '../helpers/system-tool.ts';

const noteFile = 'content/notes/supermarket-half-lettuce.mdx';
let project: TempProject;
let server: StaticServer;
let browser: Browser;
let log = '';
let objective = '';

beforeAll(async () => {
	project = createTempProject({}, { site: true, samples: true });
	const note = readFileSync(join(project.root, noteFile), 'utf8');
	objective = (load(note.split('---')[1]!) as { objectives: string[] }).objectives[0]!;
	// A loopback address as the site's url: the build says once where QR codes will point.
	const build = project.run(`${project.root}/node_modules/astro/bin/astro.mjs`, ['build'], {
		SITE_EDITION: 'trainer',
		SITE_URL: 'http://127.0.0.1:8080',
	});
	log = build.stdout + build.stderr;
	if (build.code !== 0) throw new Error(log);
	server = await serveStatic(join(project.root, 'dist'), '/');
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	project?.dispose();
});

describe('the trainer edition', () => {
	it('warns once that QR codes point at a local address', () => {
		expect(
			log.match(/QR codes, short links, citations and cases\.json will point there/g),
		).toHaveLength(1);
		expect(log).toContain('trainer edition');
	});

	it("has the teaching notes in the set's presentation and trainer handout, not in the student handout", () => {
		const read = (path: string) =>
			readFileSync(join(project.root, 'dist', path, 'index.html'), 'utf8');
		expect(read('sets/leaving-customers/present')).toContain(objective);
		expect(read('sets/leaving-customers/handout/trainer')).toContain(objective);
		expect(read('sets/leaving-customers/handout')).not.toContain(objective);
	});

	it('opens the presenter window with p: notes of the current case, next slide, clock; it drives the room and b blanks it', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
		const room = await context.newPage();
		await room.goto(`${server.url}sets/leaving-customers/present/#case-1`);
		await room.waitForSelector('.slide.is-current');
		const [presenter] = await Promise.all([context.waitForEvent('page'), room.keyboard.press('p')]);
		await presenter.waitForSelector('.presenter:not([hidden]) .presenter-now .slide');
		expect(await presenter.textContent('.presenter-notes')).toContain(objective);
		expect(await presenter.textContent('.presenter-now h1')).toBe('半根莴笋');
		expect(await presenter.textContent('.presenter-clock')).toMatch(/已用 0:0\d · 计划 0:00–20:00/);
		const next = await presenter.textContent('.presenter-next .slide h2');
		await presenter.keyboard.press('ArrowRight');
		await expect.poll(() => room.textContent('.slide.is-current h2')).toBe(next);
		await presenter.keyboard.press('b');
		await expect.poll(() => room.isVisible('.blank-screen')).toBe(true);
		await presenter.keyboard.press('b');
		await expect.poll(() => room.isVisible('.blank-screen')).toBe(false);
		await context.close();
	});

	it('is served by the nginx recipe only with a password (HTTP basic authentication)', async (ctx) => {
		const nginx = systemTool('nginx');
		if (!nginx) return ctx.skip(missingToolReason('nginx'));
		const dir = mkdtempSync(join(tmpdir(), 'mot-nginx-trainer-'));
		const hash = execFileSync('openssl', ['passwd', '-apr1', 'class-2026'], {
			encoding: 'utf8',
		}).trim();
		writeFileSync(join(dir, 'htpasswd'), `trainer:${hash}\n`);
		const port = 20000 + Math.floor(Math.random() * 20000);
		writeFileSync(
			join(dir, 'server.conf'),
			nginxConfig(
				{ url: 'https://training.example.com', base: '/' },
				{
					root: join(project.root, 'dist'),
					listen: `127.0.0.1:${port}`,
					htpasswd: join(dir, 'htpasswd'),
				},
			),
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
		try {
			const url = `http://127.0.0.1:${port}/sets/leaving-customers/present/`;
			let anonymous: Response | undefined;
			for (let i = 0; i < 50 && !anonymous; i++)
				anonymous = await fetch(url).catch(() => new Promise<undefined>((r) => setTimeout(r, 100)));
			expect(anonymous!.status).toBe(401);
			const wrong = await fetch(url, {
				headers: { authorization: `Basic ${btoa('trainer:guess')}` },
			});
			expect(wrong.status).toBe(401);
			const right = await fetch(url, {
				headers: { authorization: `Basic ${btoa('trainer:class-2026')}` },
			});
			expect(right.status).toBe(200);
			expect(await right.text()).toContain(objective);
		} finally {
			child.kill();
		}
	});
});

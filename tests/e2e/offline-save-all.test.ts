/**
 * "Save all cases": a handbook whose case pages do not fit the first visit's budget. The first
 * visit saves the grid, guides and search, and says so (never that the cases are saved); a
 * case never opened shows the offline page, which explains; search marks what is readable.
 * After "保存全部案例以便离线阅读", with the server stopped, every case opens; "remove" undoes it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { createTempProject, type TempProject } from '../helpers/temp-project.ts';
import { checkProject } from '../../src/checker/project-fs.ts';
import { planOffline, type OfflineManifest } from '../../src/integrations/offline.ts';

const site = inject('site');
let project: TempProject;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: StaticServer;
let port = 0;
let dist = '';

const manifestOf = (folder: string): OfflineManifest => {
	const file = readdirSync(folder).find((name) => /^sw-precache-.*\.json$/.test(name))!;
	return JSON.parse(readFileSync(join(folder, file), 'utf8'));
};

beforeAll(async () => {
	// A budget just over what the sample site's grid, guides and search take: the cases do not fit.
	const plan = planOffline(site.dist, '/', 'zh', Infinity);
	const bytes = (name: string) => plan.groups.find((g) => g.name === name)!.bytes;
	const budget = plan.manifest.firstBytes + bytes('grid (zh)') + bytes('search (zh)') + 2048;
	const budgetMB = budget / 1024 / 1024;
	project = createTempProject({}, { site: true, samples: true });
	const build = project.run(join(project.root, 'node_modules/astro/bin/astro.mjs'), ['build'], {
		OFFLINE_BUDGET_MB: String(budgetMB),
	});
	expect(build.code, build.stderr).toBe(0);
	// The build reports the budget and what a first visit saves.
	expect(build.stdout).toMatch(/offline budget \d+ KB; a first visit saves \d+ KB/);
	dist = join(project.root, 'dist');
	server = await serveStatic(dist);
	port = Number(new URL(server.origin).port);
	browser = await launchBrowser();
	context = await browser.newContext();
	page = await context.newPage();
}, 300_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
	project?.dispose();
});

const url = (path: string) => `http://127.0.0.1:${port}/${path}`;
const panelText = () => page.textContent('#offline-ready');
const savedSearch =
	'已保存在本机，没有网络也能用：方格、学习指南和搜索。案例只有打开过的才能离线阅读。';
const savedAll = '已保存在本机，没有网络也能用：全部案例、方格、学习指南和搜索。';
const saveButton = () => page.locator('#offline-panel button', { hasText: '保存全部案例' });
const removeButton = () => page.locator('#offline-panel button', { hasText: '删除保存的案例' });

async function setOnline(online: boolean): Promise<void> {
	if (online) server = await serveStatic(dist, '/', port);
	else await server.close();
	await context.setOffline(!online);
}

describe('save all cases for offline reading', () => {
	it('the first visit saves what fits and says exactly that, offering the rest with its size', async () => {
		expect(manifestOf(dist).langs.zh!.level).toBe('search');
		await page.goto(url(''));
		await page.waitForSelector('#offline-panel:not([hidden])');
		expect(await panelText()).toBe(savedSearch);
		const size = manifestOf(dist).langs.zh!.restBytes;
		const shown = `（${size < 1e6 ? `${Math.ceil(size / 1024)} KB` : `${(size / 1048576).toFixed(1)} MB`}）`;
		expect(await saveButton().textContent()).toBe(`保存全部案例以便离线阅读${shown}`);
		await page.goto(url('cases/gold-card-lounge/'));
		await page.waitForSelector('#offline-panel:not([hidden])');
	});

	it('offline: a case never opened shows the offline page, which explains; search marks what is saved', async () => {
		await setOnline(false);
		await page.goto(url('cases/bank-counter-small-notes/'));
		expect(await page.textContent('h1')).toBe('这一页还没有保存在本机');
		expect(await page.textContent('main p')).toContain('页面底部说明了本机保存了哪些内容');
		await page.waitForSelector('#offline-panel:not([hidden])');
		expect(await panelText()).toBe(savedSearch);
		expect(await saveButton().isVisible()).toBe(false);

		await page.goto(url(`search/?q=${encodeURIComponent('卡')}`));
		await page.waitForSelector('#results .result .offline-mark');
		const marks = await page.$$eval('#results .result', (items) =>
			items.map((li) => [
				li.querySelector('h2 a')!.getAttribute('href'),
				li.querySelector('.offline-mark')?.textContent,
			]),
		);
		expect(marks).toContainEqual(['/cases/gold-card-lounge/', '已保存，可离线阅读']);
		expect(marks.some(([, mark]) => mark === '没有保存在本机：需要网络')).toBe(true);
	});

	it('after "save all", with the server stopped, every case opens; "remove" undoes it', async () => {
		await setOnline(true);
		await page.goto(url('guides/'));
		await saveButton().click();
		await page.waitForFunction(
			(text) => document.querySelector('#offline-ready')?.textContent === text,
			savedAll,
			{ timeout: 30_000 },
		);
		expect(await saveButton().isVisible()).toBe(false);
		expect(await removeButton().isVisible()).toBe(true);

		await setOnline(false);
		for (const id of checkProject({ root: project.root }).cases.map((c) => c.data!.id)) {
			await page.goto(url(`cases/${id}/`));
			expect(await page.textContent('h1'), id).not.toBe('这一页还没有保存在本机');
			expect(await page.locator('article').count(), id).toBeGreaterThan(0);
		}

		await setOnline(true);
		await page.goto(url('guides/'));
		await removeButton().click();
		await page.waitForFunction(
			(text) => document.querySelector('#offline-ready')?.textContent === text,
			savedSearch,
		);
		expect(await saveButton().isVisible()).toBe(true);
		await setOnline(false);
		await page.goto(url('cases/bank-counter-small-notes/'));
		expect(await page.textContent('h1')).toBe('这一页还没有保存在本机');
		await setOnline(true);
	}, 120_000);
});

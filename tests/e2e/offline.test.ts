/**
 * Offline reading: a reader opens the handbook once on a good connection, then loses signal.
 * The network is really cut (the server stops and the browser goes offline), and a deploy is
 * a real rebuild copied over the served folder.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { createTempProject } from '../helpers/temp-project.ts';
import { checkProject } from '../../src/checker/project-fs.ts';

const site = inject('site');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: StaticServer;
let port = 0;
const served = mkdtempSync(join(tmpdir(), 'mot-offline-'));

beforeAll(async () => {
	cpSync(site.dist, served, { recursive: true });
	server = await serveStatic(served);
	port = Number(new URL(server.origin).port);
	browser = await launchBrowser();
	context = await browser.newContext();
	page = await context.newPage();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(served, { recursive: true, force: true });
});

const url = (path: string) => `http://127.0.0.1:${port}/${path}`;
const statusText = () => page.locator('#site-status span').textContent();

async function cutNetwork(): Promise<void> {
	await server.close();
	await context.setOffline(true);
}

async function restoreNetwork(): Promise<void> {
	server = await serveStatic(served, '/', port);
	await context.setOffline(false);
}

const savedAll = '已保存在本机，没有网络也能用：全部案例、方格、学习指南和搜索。';
const caseIds = () => checkProject({ root: site.root }).cases.map((c) => c.data!.id);

describe('offline reading', () => {
	it('saves every case with the first visit when they fit the budget, and says exactly that', async () => {
		await page.goto(url(''));
		await page.waitForSelector('#site-status:not([hidden])');
		expect(await statusText()).toBe(savedAll);
		await page.goto(url('cases/gold-card-lounge/'));
		await page.waitForSelector('#offline-panel:not([hidden])');
		expect(await page.textContent('#offline-ready')).toBe(savedAll);
		// Nothing left to save: no "save all" button.
		expect(await page.isVisible('#offline-panel button')).toBe(false);
	});

	it('reads every case, the grid and the guides without a network, and says it is offline', async () => {
		await cutNetwork();
		await page.goto(url('cases/gold-card-lounge/'));
		expect(await page.textContent('h1')).toBe('查不到卡号的金卡客户');
		await page.waitForSelector('#site-status:not([hidden])');
		expect(await statusText()).toContain('当前没有网络');
		// Never opened, saved on the first visit:
		await page.goto(url('guides/the-journey-grid/'));
		expect(await page.textContent('h1')).toBe('客户旅程方格与致命的次序');
		await page.goto(url('grid/s3/'));
		expect(await page.textContent('h1')).toContain('S3');
		for (const id of caseIds()) {
			await page.goto(url(`cases/${id}/`));
			expect(await page.textContent('h1'), id).not.toBe('这一页还没有保存在本机');
			expect(await page.locator('article').count(), id).toBeGreaterThan(0);
		}
		// The English mirrors were not saved for a Chinese reader: the offline page, not the browser's error.
		await page.goto(url('en/cases/bank-counter-small-notes/'));
		expect(await page.textContent('h1')).toBe('This page is not saved on this device yet');
	});

	it('searches without a network, and says each result is readable offline', async () => {
		await page.goto(url(`search/?q=${encodeURIComponent('卡号')}`));
		await page.waitForSelector('#results .result');
		const links = await page.$$eval('#results .result h2 a', (as) =>
			as.map((a) => a.getAttribute('href')),
		);
		expect(links).toContain('/cases/gold-card-lounge/');
		await page.waitForSelector('#results .result .offline-mark');
		expect(await page.textContent('#results .result .offline-mark')).toBe('已保存，可离线阅读');
	});

	/** Builds the sample site with a changed title and copies it over the served folder, as a deploy does. */
	function deploy(title: string): void {
		const project = createTempProject({}, { site: true, samples: true });
		try {
			const file = join(project.root, 'content/cases/gold-card-lounge.mdx');
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
			const build = project.run(join(project.root, 'node_modules/astro/bin/astro.mjs'), ['build']);
			expect(build.code, build.stderr).toBe(0);
			rmSync(served, { recursive: true, force: true });
			cpSync(join(project.root, 'dist'), served, { recursive: true });
		} finally {
			project.dispose();
		}
	}
	/** Waits for "手册已更新"; when it does not come, says what the page and its workers were doing. */
	async function updatedNotice(): Promise<void> {
		try {
			await page.waitForFunction(
				() => document.querySelector('#site-status span')?.textContent === '手册已更新。',
				undefined,
				{ timeout: 20_000 },
			);
		} catch (error) {
			const state = await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.getRegistration();
				return {
					notice: document.querySelector('#site-status span')?.textContent,
					installing: registration?.installing?.state,
					waiting: registration?.waiting?.state,
					active: registration?.active?.state,
					caches: await caches.keys(),
					seen: Object.entries(localStorage),
				};
			});
			throw new Error(`no update notice: ${JSON.stringify(state)}`, { cause: error });
		}
	}
	const precaches = () =>
		page.evaluate(
			async () => (await caches.keys()).filter((name) => name.startsWith('mot-precache-')).length,
		);

	it('a page left open says the handbook was updated when the network comes back, without a navigation', async () => {
		// The reader is still on the search page from the offline test; a deploy happens meanwhile.
		deploy('查不到卡号的金卡客户(修订)');
		await restoreNetwork();
		await updatedNotice();
		expect(await page.isVisible('#site-status button')).toBe(true);
		// The old deploy's saved files are dropped.
		await expect.poll(precaches, { timeout: 10_000 }).toBe(1);
	}, 300_000);

	it('shows the new deploy, not the saved copy, on the next page, says the handbook was updated, and saves the new copy', async () => {
		// A page read online before the deploy, which lists the case by its title.
		const listedTitle = () => page.textContent('main h3 a[href="/cases/gold-card-lounge/"]');
		await page.goto(url('grid/c1/'));
		expect(await listedTitle()).toBe('查不到卡号的金卡客户(修订)');
		deploy('查不到卡号的金卡客户(第二版)');
		await page.goto(url('cases/gold-card-lounge/'));
		expect(await page.textContent('h1')).toBe('查不到卡号的金卡客户(第二版)');
		await updatedNotice();
		expect(await page.isVisible('#site-status button')).toBe(true);
		await expect.poll(precaches, { timeout: 10_000 }).toBe(1);
		// The updated copy is what is saved now.
		await cutNetwork();
		await page.goto(url('cases/gold-card-lounge/'));
		expect(await page.textContent('h1')).toBe('查不到卡号的金卡客户(第二版)');
		// Offline, the page read before the deploy is the new deploy's saved copy, not the one read then.
		await page.goto(url('grid/c1/'));
		expect(await listedTitle()).toBe('查不到卡号的金卡客户(第二版)');
		await restoreNetwork();
	}, 300_000);
});

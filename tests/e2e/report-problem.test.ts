/**
 * "报告问题" on a case page opens /report/: the case named, the section the reader came from
 * chosen, what is wrong and the suggested text typed with the keyboard, then a navigation (not a
 * fetch) to GitHub's new-issue page with the title and text filled in. The sample site is built
 * with a GitHub repository (content/site.yaml); readers' requests never leave the site before that.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { createTempProject } from '../helpers/temp-project.ts';

const site = inject('site');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A context whose requests are recorded; any leaving 127.0.0.1 is stopped. */
async function recorded(viewport = { width: 390, height: 844 }) {
	const context = await browser.newContext({ viewport });
	const requests: { url: string; navigation: boolean; type: string }[] = [];
	await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
	context.on('request', (request) =>
		requests.push({
			url: request.url(),
			navigation: request.isNavigationRequest(),
			type: request.resourceType(),
		}),
	);
	return { context, requests };
}

async function axe(context: BrowserContext, path: string): Promise<string[]> {
	const page = await context.browser()!.newPage({ bypassCSP: true });
	await page.goto(site.url + path);
	await page.waitForFunction(
		() => (document.getElementById('report-section') as HTMLSelectElement).length > 1,
	);
	await page.addScriptTag({ path: axePath });
	const violations = await page.evaluate(async () => {
		const result = await (
			window as unknown as {
				axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
			}
		).axe.run();
		return result.violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
		);
	});
	await page.close();
	return violations;
}

describe('report a problem without an account of ours', () => {
	it('keyboard only on a phone: from the section the reader was at to a pre-filled GitHub issue', async () => {
		const { context, requests } = await recorded();
		const page = await context.newPage();
		await page.goto(`${site.url}cases/gold-card-lounge/#gaps`);
		const title = (await page.textContent('h1'))!.trim();
		await page.focus('a[data-report]');
		await Promise.all([page.waitForURL(/\/report\//), page.keyboard.press('Enter')]);
		expect(new URL(page.url()).pathname).toBe('/report/');
		expect(new URL(page.url()).search).toBe('?case=gold-card-lounge');
		expect(new URL(page.url()).hash).toBe('#gaps');
		// The case is named by its title, its sections listed, the reader's one chosen.
		await page.waitForFunction(
			(t) => document.getElementById('report-case-link')?.textContent === t,
			title,
		);
		expect(await page.inputValue('#report-section')).toBe('gaps');
		const sections = await page.$$eval('#report-section option', (options) =>
			options.map((o) => (o as HTMLOptionElement).value),
		);
		expect(sections).toEqual(
			expect.arrayContaining(['', 'facts', 'narrative', 'gaps', 'questions']),
		);
		expect(sections).not.toContain('about');
		expect(await page.screenshot({ path: '/tmp/h14b-report-zh.png', fullPage: true })).toBeTruthy();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390,
		);

		// Sending with nothing written says so, at the field.
		await page.focus('button[value="issue"]');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.getElementById('report-wrong-problem')?.textContent);
		expect(await page.textContent('#report-wrong-problem')).toBe('请写下哪里不对。');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-wrong');
		expect(await page.getAttribute('#report-wrong', 'aria-invalid')).toBe('true');

		await page.keyboard.insertText('“五分钟内”应为“十分钟内”，与上文的时间对不上。');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-suggested');
		await page.keyboard.insertText('客户希望十分钟内查到卡号。');
		await page.keyboard.press('Tab');
		const before = requests.length;
		const opened = page.waitForRequest(/^https:\/\/github\.com\//);
		await page.keyboard.press('Enter');
		const issue = await opened;
		expect(issue.isNavigationRequest()).toBe(true);
		const url = new URL(issue.url());
		expect(`${url.origin}${url.pathname}`).toBe(
			'https://github.com/example/mot-handbook/issues/new',
		);
		expect(url.searchParams.get('title')).toBe(`案例问题：${title} #gaps`);
		const body = url.searchParams.get('body')!;
		expect(body).toContain(`案例：${title} (gold-card-lounge)`);
		expect(body).toContain(`页面：${site.url}cases/gold-card-lounge/#gaps`);
		expect(body).toMatch(/部分：\S/);
		expect(body).toContain('哪里不对：\n“五分钟内”应为“十分钟内”，与上文的时间对不上。');
		expect(body).toContain('建议改成：\n客户希望十分钟内查到卡号。');
		// Before that navigation, nothing left the site: the case page was read from this origin.
		const beforeSending = requests.slice(0, before);
		expect(beforeSending.filter((r) => !r.url.startsWith(site.url))).toEqual([]);
		expect(requests.filter((r) => !r.url.startsWith(site.url) && !r.navigation)).toEqual([]);
		await context.close();
	});

	it('speaks English on /en/report/ and works without a section', async () => {
		const { context } = await recorded({ width: 1280, height: 900 });
		const page = await context.newPage();
		await page.goto(`${site.url}en/report/?case=gold-card-lounge`);
		await page.waitForFunction(
			() => (document.getElementById('report-section') as HTMLSelectElement).length > 1,
		);
		expect(await page.textContent('h1')).toBe('Report a problem in a case');
		expect(await page.inputValue('#report-section')).toBe('');
		await page.focus('#report-wrong');
		await page.keyboard.insertText('The date in the facts is a day early.');
		const opened = page.waitForRequest(/^https:\/\/github\.com\//);
		await page.focus('button[value="issue"]');
		await page.keyboard.press('Enter');
		const body = new URL((await opened).url()).searchParams.get('body')!;
		expect(body).toContain('Which part: The whole case');
		expect(body).toContain('What is wrong:\nThe date in the facts is a day early.');
		expect(body).not.toContain('Suggested text');
		await context.close();
	});

	it('only /report/ loads the form script; reading pages carry the link alone', async () => {
		const { context, requests } = await recorded({ width: 1280, height: 900 });
		const page = await context.newPage();
		await page.goto(`${site.url}cases/gold-card-lounge/`);
		await page.waitForLoadState('networkidle');
		const caseScripts = requests.filter((r) => r.type === 'script').map((r) => r.url);
		requests.length = 0;
		await page.goto(`${site.url}report/?case=gold-card-lounge`);
		await page.waitForLoadState('networkidle');
		const reportScripts = requests.filter((r) => r.type === 'script').map((r) => r.url);
		const own = reportScripts.filter((url) => !caseScripts.includes(url));
		expect(own.length).toBeGreaterThan(0);
		expect(await page.getAttribute('#report-wrong', 'maxlength')).toBe('300');
		await context.close();
	});

	it('without JavaScript: no dead form, the notice first with a plain link to report', async () => {
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			javaScriptEnabled: false,
		});
		const page = await context.newPage();
		await page.goto(`${site.url}report/?case=gold-card-lounge`);
		expect(await page.isVisible('#report-form')).toBe(false);
		expect(await page.isVisible('#report-wrong')).toBe(false);
		// The first thing under the heading is the notice, with the repository's new-issue page.
		const first = await page.evaluate(() => {
			const next = document.querySelector('h1')!.nextElementSibling!;
			const p = next.tagName === 'NOSCRIPT' ? next.firstElementChild! : next;
			return { text: p.textContent, hrefs: [...p.querySelectorAll('a')].map((a) => a.href) };
		});
		expect(first.text).toContain('JavaScript');
		expect(first.hrefs).toContain('https://github.com/example/mot-handbook/issues/new');
		await context.close();
	});

	it('no case named: asks which one, prefilled from the page the reader came from; a real title', async () => {
		const { context } = await recorded();
		const page = await context.newPage();
		await page.goto(`${site.url}report/`, { referer: `${site.url}grid/` });
		await page.waitForFunction(() => !document.getElementById('report-about-field')!.hidden);
		expect(await page.inputValue('#report-about')).toBe('/grid/');
		await page.fill('#report-about', '金卡贵宾室');
		await page.focus('#report-wrong');
		await page.keyboard.insertText('第二段的日期写错了');
		const opened = page.waitForRequest(/^https:\/\/github\.com\//);
		await page.focus('button[value="issue"]');
		await page.keyboard.press('Enter');
		const url = new URL((await opened).url());
		expect(url.searchParams.get('title')).toBe('案例问题：金卡贵宾室');
		expect(url.searchParams.get('body')).toContain('哪个案例或页面：金卡贵宾室');
		// Nothing named at all: the title carries the first words of the report.
		const en = await context.newPage();
		await en.goto(`${site.url}en/report/`);
		await en.waitForFunction(() => !document.getElementById('report-form')!.hidden);
		expect(await en.inputValue('#report-about')).toBe('');
		await en.fill('#report-wrong', 'A typo in the second paragraph of the lounge case');
		const again = en.waitForRequest(/^https:\/\/github\.com\//);
		await en.click('button[value="issue"]');
		expect(new URL((await again).url()).searchParams.get('title')).toBe(
			'Problem with a case: A typo in the second paragraph of the l…',
		);
		await context.close();
	});

	it.each(['report/?case=gold-card-lounge#narrative', 'en/report/?case=gold-card-lounge'])(
		'/%s passes axe',
		async (path) => {
			const { context } = await recorded();
			expect(await axe(context, path)).toEqual([]);
			await context.close();
		},
	);
});

describe('a handbook without a repository', () => {
	it('sends the report by e-mail to the contact (no account at all)', async () => {
		const project = createTempProject({}, { site: true, samples: true });
		try {
			const yaml = readFileSync(join(project.root, 'content/site.yaml'), 'utf8')
				.replace(/^( {2}url:) .*$/m, "$1 ''")
				.replace(/^contact: .*$/m, 'contact: mailto:training@example.com');
			project.write('content/site.yaml', yaml);
			const build = project.run(join(project.root, 'node_modules/astro/bin/astro.mjs'), ['build']);
			expect(build.code, build.stderr).toBe(0);
			const server = await serveStatic(join(project.root, 'dist'), '/');
			try {
				const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
				const page = await context.newPage();
				await page.goto(`${server.url}cases/gold-card-lounge/#questions`);
				await page.focus('a[data-report]');
				await Promise.all([page.waitForURL(/\/report\//), page.keyboard.press('Enter')]);
				await page.waitForFunction(
					() =>
						(document.getElementById('report-section') as HTMLSelectElement).value === 'questions',
				);
				// E-mail is the only way offered.
				expect(
					await page.$$eval('#report-form button[type="submit"]', (b) =>
						b.map((x) => (x as HTMLButtonElement).value),
					),
				).toEqual(['mail']);
				await page.focus('#report-wrong');
				await page.keyboard.insertText('第二个讨论题少了一个问号');
				const sent = page.waitForRequest(/^mailto:/);
				await page.focus('button[value="mail"]');
				await page.keyboard.press('Enter');
				const mail = new URL((await sent).url());
				expect(mail.pathname).toBe('training@example.com');
				expect(mail.searchParams.get('subject')).toMatch(/^案例问题：.+ #questions$/);
				const body = mail.searchParams.get('body')!;
				expect(body).toContain(`页面：${server.url}cases/gold-card-lounge/#questions`);
				expect(body).toContain('哪里不对：\n第二个讨论题少了一个问号');
				await context.close();
			} finally {
				await server.close();
			}
		} finally {
			project.dispose();
		}
	});
});

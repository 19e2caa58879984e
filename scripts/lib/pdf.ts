/**
 * Built pages as PDFs, printed by headless Chromium (A4, page numbers in the footer). Chinese
 * needs a font with the glyphs on the machine printing it (Debian: `apt-get install -y
 * fonts-noto-cjk`).
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

/** Opens `path` of the site served at `url` and prints it to `out`. */
async function print(page: Page, url: string, path: string, out: string): Promise<void> {
	const response = await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
	if (response?.status() !== 200)
		throw new Error(`${path}: HTTP ${response?.status()} (run npm run build first)`);
	await page.emulateMedia({ media: 'print' });
	await page.pdf({
		path: out,
		format: 'A4',
		printBackground: true,
		displayHeaderFooter: true,
		headerTemplate: '<span></span>',
		footerTemplate:
			'<div style="font-size:9px;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
		margin: { top: '16mm', bottom: '18mm', left: '16mm', right: '16mm' },
	});
}

/** Runs `job` with a page of a browser and the site in `dist` served under `base`. */
async function withSite<T>(
	dist: string,
	base: string,
	job: (page: Page, url: string) => Promise<T>,
): Promise<T> {
	const server = await serveStatic(dist, base);
	const browser = await launchBrowser();
	try {
		return await job(await browser.newPage(), server.url);
	} finally {
		await browser.close();
		await server.close();
	}
}

/**
 * The handbook to `out`; a large handbook, which comes in volumes (src/lib/handbook-volumes.ts),
 * one PDF per volume beside it instead (`handbook-u1.pdf` …). Returns the files written.
 */
export async function printHandbook(dist: string, base: string, out: string): Promise<string[]> {
	return withSite(dist, base, async (page, url) => {
		await page.goto(`${url}handbook/`);
		const volumes = await page
			.locator('a[data-handbook-volume]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('data-handbook-volume')!));
		if (volumes.length === 0) {
			await print(page, url, 'handbook/', out);
			return [out];
		}
		const files: string[] = [];
		for (const volume of volumes) {
			const file = out.replace(/\.pdf$/, '') + `-${volume}.pdf`;
			await print(page, url, `handbook/${volume}/`, file);
			files.push(file);
		}
		return files;
	});
}

/** Any built page as a PDF: a set's or a case's handout (`sets/<id>/handout/`). */
export async function printPage(
	dist: string,
	base: string,
	path: string,
	out: string,
): Promise<void> {
	await withSite(dist, base, (page, url) => print(page, url, path, out));
}

/**
 * The handbook as a PDF: the built `/handbook/` page printed by headless Chromium (A4, page
 * numbers in the footer). Chinese needs a font with the glyphs on the machine printing it
 * (Debian: `apt-get install -y fonts-noto-cjk`).
 */
import { launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

export async function printHandbook(dist: string, base: string, out: string): Promise<void> {
	return printPage(dist, base, 'handbook/', out);
}

/** Any built page as a PDF: a set's or a case's handout (`sets/<id>/handout/`), the handbook. */
export async function printPage(
	dist: string,
	base: string,
	path: string,
	out: string,
): Promise<void> {
	const server = await serveStatic(dist, base);
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
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
	} finally {
		await browser.close();
		await server.close();
	}
}

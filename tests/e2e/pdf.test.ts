import { describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printHandbook } from '../../scripts/lib/pdf.ts';
import { checkProject } from '../../src/checker/project-fs.ts';
import { gridOrderKey } from '../../src/lib/grid-index.ts';
import { missingToolReason, systemTool } from '../helpers/system-tool.ts';

const site = inject('site');
const pdftotext = systemTool('pdftotext');
// The titles are compared as text extracted from the PDF: Chinese needs a font with its glyphs.
const cjkFont = systemTool('cjk-font');

describe('the printed handbook (npm run pdf)', () => {
	it('contains every case title, one case per page, in grid order', async (ctx) => {
		if (!pdftotext) return ctx.skip(missingToolReason('pdftotext'));
		if (!cjkFont) return ctx.skip(missingToolReason('cjk-font'));
		const dir = mkdtempSync(join(tmpdir(), 'mot-pdf-'));
		const out = join(dir, 'handbook.pdf');
		expect(await printHandbook(site.dist, '/', out)).toEqual([out]);
		const cases = checkProject({ root: site.root })
			.cases.map((c) => c.data!)
			.sort(
				(a, b) =>
					gridOrderKey(a.grid[0]!) - gridOrderKey(b.grid[0]!) ||
					a.title.localeCompare(b.title, 'zh'),
			);
		const pages = execFileSync(pdftotext, ['-layout', out, '-'], { encoding: 'utf8' }).split('\f');
		// pdftotext may render quotes and spaces differently; compare letters only.
		const plain = (text: string) => text.replace(/[\s"“”'‘’]/g, '');
		// A case starts a page: its title first, then its summary and its facts section (a card of
		// a related case at the top of a page has the title and summary, but no facts after them).
		const starts = pages.flatMap((page) => {
			const text = plain(page);
			const found = cases.find(
				(c) =>
					text.startsWith(plain(c.title)) &&
					text.slice(0, 200).includes(plain(c.summary).slice(0, 12)) &&
					text.slice(0, 400).includes('时间、地点、人物'),
			);
			return found ? [found.title] : [];
		});
		expect(starts).toEqual(cases.map((c) => c.title));
		// Page numbers in the footer, and Chinese text extracted as text (a CJK font was embedded).
		expect(pages[1]).toMatch(/\b2 \/ \d+\b/);
		expect(pages.join('')).toContain('事件经过');
		rmSync(dir, { recursive: true, force: true });
	});
});

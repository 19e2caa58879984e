/** `npm run pdf`: builds the site and prints the whole handbook to dist/handbook.pdf. */
import { fileURLToPath } from 'node:url';
import { statSync } from 'node:fs';
import { loadSiteConfig } from '../src/config/load-fs.ts';
import { printHandbook } from './lib/pdf.ts';
import { describeBrowserChoice } from './lib/browser-choice.ts';
import { findSystemTool, missingToolReason } from './lib/system-tools.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/handbook.pdf`;
console.log(`browser: ${describeBrowserChoice()}`);
if (!findSystemTool('cjk-font'))
	console.warn(`warning: ${missingToolReason('cjk-font')}; the PDF will have no Chinese text`);
const start = performance.now();
await printHandbook(`${root}dist`, loadSiteConfig(root).base, out);
console.log(
	`dist/handbook.pdf: ${(statSync(out).size / 1024).toFixed(0)} KB in ${Math.round(performance.now() - start)} ms`,
);

/**
 * `npm run pdf [-- --set <id> | --case <id>] [--student]`: builds the site and prints the whole
 * handbook to dist/handbook.pdf (a large handbook, which comes in volumes, to one
 * dist/handbook-<cell>.pdf per volume), or a set's or a case's handout: the trainer's (everything) or,
 * with `--student`, the learners' (story and questions, no analysis) to dist/<id>[-student].pdf.
 */
import { fileURLToPath } from 'node:url';
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSiteConfig } from '../src/config/load-fs.ts';
import { printHandbook, printPage } from './lib/pdf.ts';
import { describeBrowserChoice } from './lib/browser-choice.ts';
import { findSystemTool, missingToolReason } from './lib/system-tools.ts';

const { values } = parseArgs({
	options: {
		set: { type: 'string' },
		case: { type: 'string' },
		student: { type: 'boolean', default: false },
	},
});
const root = fileURLToPath(new URL('..', import.meta.url));
const id = values.set ?? values.case;
const path = values.set
	? `sets/${values.set}/handout/${values.student ? '' : 'trainer/'}`
	: values.case
		? `cases/${values.case}/${values.student ? 'handout/' : ''}`
		: undefined;
const name = id ? `${id}${values.student ? '-student' : ''}.pdf` : 'handbook.pdf';
const out = `${root}dist/${name}`;
console.log(`browser: ${describeBrowserChoice()}`);
if (!findSystemTool('cjk-font'))
	console.warn(`warning: ${missingToolReason('cjk-font')}; the PDF will have no Chinese text`);
const start = performance.now();
const { base } = loadSiteConfig(root);
let written = [out];
if (path) await printPage(`${root}dist`, base, path, out);
else written = await printHandbook(`${root}dist`, base, out);
for (const file of written)
	console.log(`${relative(root, file)}: ${(statSync(file).size / 1024).toFixed(0)} KB`);
console.log(`${written.length} PDF file(s) in ${Math.round(performance.now() - start)} ms`);

/** `npm run bench:weight`: gzip weight of representative pages of the built site (run `npm run build` first). */
import { fileURLToPath } from 'node:url';
import { readdirSync, existsSync } from 'node:fs';
import { pageWeight } from './lib/page-weight.ts';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
if (!existsSync(dist)) throw new Error('no dist/: run npm run build first');
const someCase = readdirSync(`${dist}/cases`).find(
	(d) => !d.endsWith('.html') && d !== 'index.html',
)!;
const pages = [
	'',
	`cases/${someCase}/`,
	'grid/c1/',
	'cases/',
	'search/',
	'guides/the-journey-grid/',
	'insights/',
];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const page of pages) {
	const w = pageWeight(dist, page);
	console.log(
		`/${page.padEnd(32)} html ${kb(w.html).padStart(8)}  css ${kb(w.css).padStart(8)}  js ${kb(w.js).padStart(8)}  total ${kb(w.total).padStart(8)}`,
	);
}
const casePage = pageWeight(dist, `cases/${someCase}/`);
console.log(`weight case_page_gzip_bytes=${casePage.total} case_page_js_bytes=${casePage.js}`);
const insights = pageWeight(dist, 'insights/');
console.log(
	`weight insights_page_gzip_bytes=${insights.total} insights_page_js_bytes=${insights.js}`,
);

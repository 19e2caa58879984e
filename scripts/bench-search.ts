/**
 * `npm run bench:search [-- --n 2000 --queries 300 --seed 1]`
 *
 * Generates N Chinese cases into a temp folder, indexes them twice: our way (the build's own
 * index code) and with Pagefind's default settings (plain case pages, default Chinese
 * segmentation, query as typed). Runs the same query set through both with the browser's
 * search code, served over loopback, and prints recall and precision against substring
 * ground truth (Traditional folded to Simplified), median and p95 query time, bytes fetched
 * per query, and index size. Then everyday-word queries (scripts/lib/everyday-queries.ts:
 * synonyms, English words, variant characters, grid labels and codes, tags) with the cases a
 * reader means: recall and precision for ours (exact and synonym results), ours without the
 * synonym list, and Pagefind's defaults. Last line:
 * `recall=… precision=… everyday_recall=… p95_ms=… kb_per_query=…`.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import * as OpenCC from 'opencc-js';
import { generateCases, random } from './lib/generate-cases.ts';
import { serveStatic } from './lib/static-server.ts';
import { checkedContent } from '../src/checker/checked-content.ts';
import { checkProject } from '../src/checker/project-fs.ts';
import { createUrls } from '../src/lib/urls.ts';
import { caseTextParts } from '../src/search/records.ts';
import { caseLabelParts } from '../src/search/case-labels.ts';
import { loadSynonyms } from '../src/search/synonyms-fs.ts';
import { loadVocabulary } from '../src/config/load-fs.ts';
import { everydayQueries, type EverydayKind } from './lib/everyday-queries.ts';
import { collectRecords, writeSearchIndex } from '../src/search/build-index-fs.ts';
import { foldText } from '../src/search/normalize.ts';
import { loadPagefind, runSearch, type PagefindApi, type SearchHit } from '../src/search/client.ts';
import type { CaseData } from '../schemas/case.ts';
import { defaultLocale } from '../schemas/locales.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
	options: {
		n: { type: 'string', default: '2000' },
		queries: { type: 'string', default: '300' },
		seed: { type: 'string', default: '7' },
	},
});
const n = Number(values.n);
const queryCount = Number(values.queries);
const pageSize = 10;

const log = (line: string) => console.log(line);
const dirSize = (dir: string): number =>
	readdirSync(dir, { withFileTypes: true }).reduce(
		(sum, e) =>
			sum + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size),
		0,
	);
/** Only what search downloads: the index, fragments, filters, metadata, wasm and the fold table. */
const indexSize = (dir: string) =>
	readdirSync(dir, { withFileTypes: true })
		.filter(
			(e) =>
				e.isDirectory() ||
				/\.(pf_meta|pagefind|json|txt)$/.test(e.name) ||
				e.name === 'pagefind.js',
		)
		.reduce(
			(sum, e) =>
				sum + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size),
			0,
		);

// 1. The corpus.
let t = performance.now();
const corpus = generateCases(repoRoot, n);
const checked = checkProject({ root: corpus.root });
const { cases } = checked;
const valid = cases.filter((c) => c.data);
log(
	`corpus: ${n} cases (${corpus.traditional} in Traditional characters), generated and checked in ${Math.round(performance.now() - t)} ms; ${valid.length} valid`,
);

// 2. Our index, with the build's own code.
const ours = join(corpus.root, 'dist-ours');
t = performance.now();
const vocabulary = loadVocabulary(corpus.root);
const synonyms = loadSynonyms(repoRoot);
const records = collectRecords(
	checkedContent(checked),
	createUrls('/', defaultLocale),
	vocabulary,
).filter((r) => r.url.includes('/cases/'));
await writeSearchIndex(records, ours, { synonyms });
log(
	`ours: indexed ${records.length} records in ${Math.round(performance.now() - t)} ms; index ${(indexSize(join(ours, 'pagefind')) / 1024 / 1024).toFixed(2)} MB on disk`,
);

// 3. Pagefind defaults: each case as a plain page, default Chinese segmentation.
const plain = join(corpus.root, 'dist-default');
mkdirSync(plain, { recursive: true });
t = performance.now();
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const { index } = await pagefind.createIndex({});
for (const c of valid) {
	const data = c.data as CaseData;
	const html = `<html lang="zh-CN"><body><main><h1>${escape(data.title)}</h1><p>${escape(data.summary)}</p>${[
		...caseTextParts(data, c.source.body),
		...caseLabelParts(data, vocabulary.industries),
	]
		.map((p) => `<p>${escape(p)}</p>`)
		.join('')}</main></body></html>`;
	await index!.addHTMLFile({ url: `/cases/${data.id}/`, content: html });
}
await index!.writeFiles({ outputPath: join(plain, 'pagefind') });
await pagefind.close();
log(
	`pagefind defaults: indexed ${valid.length} pages in ${Math.round(performance.now() - t)} ms; index ${(indexSize(join(plain, 'pagefind')) / 1024 / 1024).toFixed(2)} MB on disk`,
);

// 4. Queries: 2–8 character windows of the corpus, within one run of text (no punctuation),
// some turned Traditional, some taken around Latin letters and digits.
const truthText = new Map(
	valid.map((c) => [
		(c.data as CaseData).id,
		foldText(
			[
				c.data!.title,
				c.data!.summary,
				...caseTextParts(c.data as CaseData, c.source.body),
				...caseLabelParts(c.data as CaseData, vocabulary.industries),
			].join('\n'),
		),
	]),
);
const r = random(Number(values.seed));
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const queries = new Set<string>();
const runsOf = (text: string) =>
	text
		.split(/[\s\p{P}\p{S}]+/u)
		.filter((run) => /\p{Script=Han}/u.test(run) && [...run].length >= 2);
while (queries.size < queryCount) {
	const c = r.pick(valid);
	const text = [c.data!.title, c.data!.summary, c.data!.place, c.source.body].join('\n');
	const mixed = r.next() < 0.15;
	const runs = runsOf(text).filter((run) => !mixed || /[A-Za-z0-9]/.test(run));
	if (!runs.length) continue;
	const chars = [...r.pick(runs)];
	const size = Math.min(chars.length, r.int(2, 8));
	const start = r.int(0, chars.length - size);
	let query = chars.slice(start, start + size).join('');
	if ((query.match(/\p{Script=Han}/gu) ?? []).length < 2 && !/[A-Za-z0-9]/.test(query)) continue;
	if (r.next() < 0.15) query = toTraditional(query);
	queries.add(query);
}
const list = [...queries];
const truth = (query: string) =>
	new Set([...truthText].filter(([, text]) => text.includes(foldText(query))).map(([id]) => id));
log(
	`queries: ${list.length} (${list.filter((q) => q !== OpenCC.Converter({ from: 'tw', to: 'cn' })(q)).length} with Traditional characters, ${list.filter((q) => /[A-Za-z0-9]/.test(q)).length} mixed with Latin or digits)`,
);

// 5. Run both through the browser's code, metering what each query downloads.
interface Measured {
	recall: number;
	precision: number;
	median: number;
	p95: number;
	kbPerQuery: number;
}

/**
 * One server and one Pagefind instance per index for every run: the module is cached by its
 * URL, so a second instance would keep fetching chunks from the first (closed) server.
 */
const servers = new Map<
	string,
	Promise<{ server: Awaited<ReturnType<typeof serveStatic>>; api: PagefindApi }>
>();
function served(dist: string, fold: boolean) {
	if (!servers.has(dist))
		servers.set(
			dist,
			(async () => {
				const server = await serveStatic(dist, '/');
				const moduleUrl = pathToFileURL(join(dist, 'pagefind/pagefind.js')).href;
				const api = fold
					? await loadPagefind(server.url, () => import(moduleUrl))
					: ((await import(moduleUrl)) as PagefindApi);
				if (!fold) await api.options({ basePath: `${server.url}pagefind/` });
				return { server, api };
			})(),
		);
	return servers.get(dist)!;
}

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function measure(
	name: string,
	dist: string,
	search: (api: PagefindApi, q: string) => Promise<SearchHit[]>,
	fold: boolean,
	set: { queries: string[]; truth: (i: number) => Set<string> } = {
		queries: list,
		truth: (i) => truth(list[i]!),
	},
): Promise<Measured & { missedBy: number[] }> {
	const list = set.queries;
	const { server, api } = await served(dist, fold);
	const times: number[] = [];
	let bytes = 0;
	const results: SearchHit[][] = [];
	// What a reader waits for: the search, then the first page of results (fragments).
	for (const query of list) {
		const before = server.bytesSent();
		const start = performance.now();
		const hits = await search(api, query);
		await Promise.all(hits.slice(0, pageSize).map((hit) => hit.load()));
		times.push(performance.now() - start);
		bytes += server.bytesSent() - before;
		results.push(hits);
	}
	// Then, unmetered, every result's id for recall and precision.
	let tp = 0;
	let fn = 0;
	let fp = 0;
	/** Per query: how many expected cases it missed. */
	const missedBy: number[] = [];
	for (let i = 0; i < list.length; i++) {
		const got = new Set(await Promise.all(results[i]!.map(async (hit) => (await hit.load()).id)));
		const expected = set.truth(i);
		missedBy.push([...expected].filter((id) => !got.has(id)).length);
		for (const id of expected) got.has(id) ? tp++ : fn++;
		if (process.env.BENCH_DEBUG && [...expected].some((id) => !got.has(id)))
			log(`  missed ${name} ${list[i]} got=${got.size} expected=${expected.size}`);
		for (const id of got) if (!expected.has(id)) fp++;
	}
	times.sort((a, b) => a - b);
	const m = {
		recall: tp / (tp + fn),
		precision: tp + fp ? tp / (tp + fp) : 1,
		median: percentile(times, 50),
		p95: percentile(times, 95),
		kbPerQuery: bytes / list.length / 1024,
		missedBy,
	};
	log(
		`${name}: recall=${m.recall.toFixed(4)} precision=${m.precision.toFixed(4)} median_ms=${m.median.toFixed(1)} p95_ms=${m.p95.toFixed(1)} kb_per_query=${m.kbPerQuery.toFixed(1)} (pairs ${tp + fn}, results ${tp + fp})`,
	);
	return m;
}

// Pagefind's fragments carry the page URL; map it to the case id for the defaults run.
const defaultHit = (result: {
	id: string;
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}): SearchHit => ({
	id: result.id,
	load: () =>
		result.data().then((f) => ({
			type: 'case' as const,
			id: /\/cases\/([^/]+)\//.exec(f.url)?.[1] ?? '',
			title: f.meta.title ?? '',
			summary: '',
			cells: [],
			excerpt: f.excerpt,
			url: f.url,
		})),
});

try {
	await measure(
		'pagefind defaults',
		plain,
		async (api, q) => ((await api.search(q))?.results ?? []).map((x) => defaultHit(x as never)),
		false,
	);
	const m = await measure('ours', ours, async (api, q) => (await runSearch(api, q)).exact, true);

	// 6. Everyday words: what staff type, and the cases they mean.
	const everyday = everydayQueries(
		valid.map((c) => {
			const data = c.data as CaseData;
			return { id: data.id, grid: data.grid, tags: data.tags ?? [], text: truthText.get(data.id)! };
		}),
		synonyms,
		random(Number(values.seed) + 2),
	);
	const kinds = [...new Set(everyday.map((q) => q.kind))];
	log(
		`everyday queries: ${everyday.length} (${kinds.map((k) => `${everyday.filter((q) => q.kind === k).length} ${k}`).join(', ')}), ${everyday.reduce((n, q) => n + q.expected.size, 0)} (query, case) pairs`,
	);
	const everydaySet = {
		queries: everyday.map((q) => q.query),
		truth: (i: number) => everyday[i]!.expected,
	};
	const byKind = (missedBy: number[]) =>
		kinds
			.map((kind: EverydayKind) => {
				const idx = everyday.flatMap((q, i) => (q.kind === kind ? [i] : []));
				const pairs = idx.reduce((n, i) => n + everyday[i]!.expected.size, 0);
				const missed = idx.reduce((n, i) => n + missedBy[i]!, 0);
				return `${kind} ${(1 - missed / pairs).toFixed(2)}`;
			})
			.join(', ');
	const e0 = await measure(
		'everyday, pagefind defaults',
		plain,
		async (api, q) => ((await api.search(q))?.results ?? []).map((x) => defaultHit(x as never)),
		false,
		everydaySet,
	);
	log(`  by kind: ${byKind(e0.missedBy)}`);
	const e1 = await measure(
		'everyday, ours without synonyms',
		ours,
		async (api, q) => (await runSearch(api, q)).exact,
		true,
		everydaySet,
	);
	log(`  by kind: ${byKind(e1.missedBy)}`);
	const e2 = await measure(
		'everyday, ours',
		ours,
		async (api, q) => {
			const outcome = await runSearch(api, q);
			return [...outcome.exact, ...outcome.synonyms];
		},
		true,
		everydaySet,
	);
	log(`  by kind: ${byKind(e2.missedBy)}`);
	log(
		`recall=${m.recall.toFixed(4)} precision=${m.precision.toFixed(4)} everyday_recall=${e2.recall.toFixed(4)} p95_ms=${m.p95.toFixed(1)} kb_per_query=${m.kbPerQuery.toFixed(1)}`,
	);
} finally {
	for (const entry of servers.values()) await (await entry).server.close();
	rmSync(corpus.root, { recursive: true, force: true });
}

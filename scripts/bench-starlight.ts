/**
 * `npm run bench:starlight [-- --n 1000 --rounds 3]`: our cold build against a plain Starlight
 * 0.42 site built from the same N generated case bodies (title, summary as description, body),
 * on the same Astro, in alternating rounds so machine load hits both alike. Starlight is
 * installed once into a temp folder from the npm registry (kept between runs). Prints each
 * round, the median ratio, and a machine-readable line last.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectCacheFile } from '../src/checker/check-cache-fs.ts';
import { readCaseSource } from '../src/checker/source.ts';
import { generateCases } from './lib/generate-cases.ts';
import { copySiteCode, repoRoot } from './lib/project-copy.ts';
import { timedBuild, type TimedBuild } from './lib/timed-build.ts';

const { values } = parseArgs({
	options: {
		n: { type: 'string', default: '1000' },
		rounds: { type: 'string', default: '3' },
		starlight: { type: 'string', default: '0.42' },
		heap: { type: 'string', default: '8192' },
	},
});
const n = Number(values.n);
const rounds = Number(values.rounds);
const astroVersion = JSON.parse(
	readFileSync(join(repoRoot, 'node_modules/astro/package.json'), 'utf8'),
).version as string;

/** A Starlight project with its dependencies installed, reused while the versions are the same. */
function starlightProject(): string {
	const root = join(tmpdir(), `mot-bench-starlight-${values.starlight}-astro-${astroVersion}`);
	if (existsSync(join(root, 'node_modules/@astrojs/starlight'))) return root;
	mkdirSync(join(root, 'src/content/docs'), { recursive: true });
	const pkg = {
		name: 'starlight-bench',
		private: true,
		type: 'module',
		dependencies: { astro: astroVersion, '@astrojs/starlight': `~${values.starlight}` },
	};
	writeFileSync(join(root, 'package.json'), JSON.stringify(pkg, null, '\t'));
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
	site: 'https://example.org',
	integrations: [starlight({ title: '关键时刻案例库', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })],
});
`,
	);
	writeFileSync(
		join(root, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: root,
		stdio: 'inherit',
	});
	if (install.status !== 0) throw new Error('npm install of Starlight failed');
	return root;
}

/** Writes the corpus's cases as Starlight pages (replacing any from an earlier run). */
function writeStarlightPages(project: string, casesDir: string) {
	const docs = join(project, 'src/content/docs');
	rmSync(docs, { recursive: true, force: true });
	mkdirSync(join(docs, 'cases'), { recursive: true });
	writeFileSync(join(docs, 'index.mdx'), '---\ntitle: 关键时刻案例库\n---\n\n案例。\n');
	for (const file of readdirSync(casesDir)) {
		const source = readCaseSource(file, readFileSync(join(casesDir, file), 'utf8'));
		const data = source.data as { title: string; summary: string };
		const frontmatter = `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(data.summary)}\n---\n`;
		writeFileSync(join(docs, 'cases', file), frontmatter + source.body);
	}
}

/** Removes what a build leaves for the next one, so every round is a cold build. */
function clean(root: string, caches: string[]) {
	for (const entry of ['dist', ...caches])
		rmSync(join(root, entry), { recursive: true, force: true });
}

const corpus = generateCases(repoRoot, n);
copySiteCode(corpus.root);
const starlight = starlightProject();
writeStarlightPages(starlight, join(corpus.root, 'content/cases'));
const options = { heapMb: Number(values.heap) };
const results: { ours: TimedBuild; theirs: TimedBuild }[] = [];
const pages = (root: string) =>
	(readdirSync(join(root, 'dist'), { recursive: true }) as string[]).filter((f) =>
		f.endsWith('.html'),
	).length;
let pageCounts = { ours: 0, theirs: 0 };
try {
	for (let round = 1; round <= rounds; round++) {
		clean(corpus.root, ['.cache', '.astro']);
		const checkCache = projectCacheFile(corpus.root);
		if (checkCache) rmSync(checkCache, { force: true });
		clean(starlight, ['.astro', 'node_modules/.astro', 'node_modules/.vite']);
		// Alternate which goes first: a build right after another runs on a warmer disk cache.
		const first = round % 2 === 1;
		const build = (which: 'ours' | 'theirs') => {
			// What the cleaning and the last build wrote goes to disk first, not during this build.
			spawnSync('sync');
			return which === 'ours'
				? timedBuild(corpus.root, 'ours', options)
				: timedBuild(starlight, 'starlight', options);
		};
		const a = build(first ? 'ours' : 'theirs');
		const b = build(first ? 'theirs' : 'ours');
		const result = first ? { ours: a, theirs: b } : { ours: b, theirs: a };
		results.push(result);
		pageCounts = { ours: pages(corpus.root), theirs: pages(starlight) };
		console.log(
			`round ${round}: ours ${result.ours.seconds.toFixed(1)} s (cpu ${result.ours.cpuSeconds.toFixed(1)} s, ${pageCounts.ours} pages), Starlight ${result.theirs.seconds.toFixed(1)} s (cpu ${result.theirs.cpuSeconds.toFixed(1)} s, ${pageCounts.theirs} pages): ${(result.ours.seconds / result.theirs.seconds).toFixed(2)}×`,
		);
	}
	const median = (list: number[]) => {
		const sorted = list.toSorted((x, y) => x - y);
		const middle = sorted.length / 2;
		return Number.isInteger(middle)
			? (sorted[middle - 1]! + sorted[middle]!) / 2
			: sorted[Math.floor(middle)]!;
	};
	const ratio = median(results.map((r) => r.ours.seconds / r.theirs.seconds));
	const cpuRatio = median(results.map((r) => r.ours.cpuSeconds / r.theirs.cpuSeconds));
	console.log(
		`median: ours/Starlight ${ratio.toFixed(2)}× wall, ${cpuRatio.toFixed(2)}× cpu, on ${n} cases (Astro ${astroVersion})`,
	);
	console.log(
		`bench-starlight cases=${n} rounds=${rounds} astro=${astroVersion} ours_s=${median(results.map((r) => r.ours.seconds)).toFixed(1)} starlight_s=${median(results.map((r) => r.theirs.seconds)).toFixed(1)} ratio=${ratio.toFixed(2)} cpu_ratio=${cpuRatio.toFixed(2)} ours_pages=${pageCounts.ours} starlight_pages=${pageCounts.theirs}`,
	);
} finally {
	rmSync(corpus.root, { recursive: true, force: true });
}

/**
 * Writes the search index into the built site. Its records come from the build's check, not from
 * the pages, so Pagefind starts indexing when the build starts, in its own process, while Astro
 * bundles and renders (at 10,000 cases indexing takes minutes); the index is written aside in
 * the cache folder and moved into the site once Astro has finished building it.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createUrls } from '../lib/urls.ts';
import type { Locale } from '../i18n/ui.ts';
import { collectRecords, writeSearchIndex, type IndexReport } from '../search/build-index-fs.ts';
import { loadSynonyms } from '../search/synonyms-fs.ts';
import { loadVocabulary } from '../config/load-fs.ts';
import { takeBuildCheck } from './build-check.ts';

export function searchIndex(options: {
	defaultLang: Locale;
	/** Records per index shard (site.yaml `searchShardRecords`; its default without). */
	shardRecords?: number;
}): AstroIntegration {
	let root = '';
	let base = '/';
	let aside = '';
	let shardCache = '';
	let indexing: Promise<{ report: IndexReport; ms: number }> | undefined;
	return {
		name: 'mot-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = config.base;
				aside = join(fileURLToPath(config.cacheDir), 'search-index');
				// Each shard's Pagefind output by the digest of its records (src/search/shards.ts).
				shardCache = join(fileURLToPath(config.cacheDir), 'search-shards');
			},
			'astro:build:start': () => {
				const start = performance.now();
				rmSync(aside, { recursive: true, force: true });
				// The cases and guides case-check already checked in this build.
				const records = collectRecords(
					takeBuildCheck(root),
					createUrls(base, options.defaultLang),
					loadVocabulary(root),
				);
				indexing = writeSearchIndex(records, aside, {
					synonyms: loadSynonyms(root),
					shardRecords: options.shardRecords,
					cacheDir: shardCache,
				}).then((report) => ({
					report,
					ms: performance.now() - start,
				}));
				// Awaited in astro:build:done; a failure before then is reported there, not as unhandled.
				indexing.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { report, ms } = await indexing!;
				if (report.errors.length) throw new Error(`search index: ${report.errors.join('; ')}`);
				const target = join(fileURLToPath(dir), 'pagefind');
				if (existsSync(target)) rmSync(target, { recursive: true, force: true });
				renameSync(join(aside, 'pagefind'), target);
				rmSync(aside, { recursive: true, force: true });
				const shards =
					report.shards > 1
						? ` (${report.shards} shards, ${report.reused} unchanged and reused)`
						: report.reused
							? ' (unchanged, reused)'
							: '';
				logger.info(`indexed ${report.records} records in ${Math.round(ms)} ms${shards}`);
			},
		},
	};
}

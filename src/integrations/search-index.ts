/**
 * Writes the search index into the built site. Its records come from the build's check, not from
 * the pages, so Pagefind indexes in its own process while Astro renders (at 10,000 cases indexing
 * takes minutes). It starts once Vite has bundled: bundling uses every core, rendering one, and
 * with both at once a one-case rebuild's bundling took 15–19 s instead of 8–9 s on two cores
 * (at the latest it starts when the pages are built). The shards are made in the cache
 * folder and installed into `pagefind/` once Astro has finished building the site; that folder
 * is this integration's (owned-output.ts), so a rebuild changes only the shards that changed.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { createUrls } from '../lib/urls.ts';
import type { Locale } from '../i18n/ui.ts';
import {
	collectRecords,
	indexShards,
	installSearchIndex,
	type IndexedShards,
} from '../search/build-index-fs.ts';
import { loadSynonyms } from '../search/synonyms-fs.ts';
import { loadVocabulary } from '../config/load-fs.ts';
import { readBuildCheck } from './build-check.ts';
import { ownOutputFolder } from './owned-output.ts';

export function searchIndex(options: {
	defaultLang: Locale;
	/** Records per index shard (site.yaml `searchShardRecords`; its default without). */
	shardRecords?: number;
}): AstroIntegration {
	let root = '';
	let base = '/';
	let shardCache = '';
	let indexing: Promise<{ indexed: IndexedShards; ms: number }> | undefined;
	let startIndexing = () => {};
	return {
		name: 'mot-search-index',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command !== 'build') return;
				// Vite's buildApp hooks run after its builds; Astro's own, which renders, comes after ours.
				const plugin: Plugin = {
					name: 'mot-search-index-after-bundling',
					buildApp: { order: 'post', handler: async () => startIndexing() },
				};
				updateConfig({ vite: { plugins: [plugin] } });
			},
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = config.base;
				// Each shard's Pagefind output by the digest of its records (src/search/shards.ts).
				shardCache = join(fileURLToPath(config.cacheDir), 'search-shards');
				ownOutputFolder('pagefind');
			},
			'astro:build:start': () => {
				const start = performance.now();
				// The cases and guides case-check already checked in this build.
				const records = collectRecords(
					readBuildCheck(root),
					createUrls(base, options.defaultLang),
					loadVocabulary(root),
				);
				startIndexing = () => {
					if (indexing) return;
					indexing = indexShards(records, shardCache, options.shardRecords).then((indexed) => ({
						indexed,
						ms: performance.now() - start,
					}));
					// Awaited in astro:build:done; a failure before then is reported there, not as unhandled.
					indexing.catch(() => {});
				};
			},
			'astro:build:done': async ({ dir, logger }) => {
				startIndexing();
				const { indexed: report, ms } = await indexing!;
				if (report.errors.length) throw new Error(`search index: ${report.errors.join('; ')}`);
				installSearchIndex(report, fileURLToPath(dir), loadSynonyms(root));
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

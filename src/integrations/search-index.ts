/** Writes the search index into the built site once Astro has finished building it. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createUrls } from '../lib/urls.ts';
import type { Locale } from '../i18n/ui.ts';
import { collectRecords, writeSearchIndex } from '../search/build-index-fs.ts';
import { loadSynonyms } from '../search/synonyms-fs.ts';
import { loadVocabulary } from '../config/load-fs.ts';
import { takeBuildCheck } from './build-check.ts';

export function searchIndex(options: { defaultLang: Locale }): AstroIntegration {
	let root = '';
	let base = '/';
	return {
		name: 'mot-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const start = performance.now();
				// The cases and guides case-check already checked in this build.
				const records = collectRecords(
					takeBuildCheck(root),
					createUrls(base, options.defaultLang),
					loadVocabulary(root),
				);
				const report = await writeSearchIndex(records, fileURLToPath(dir), loadSynonyms(root));
				if (report.errors.length) throw new Error(`search index: ${report.errors.join('; ')}`);
				logger.info(
					`indexed ${report.records} records in ${Math.round(performance.now() - start)} ms`,
				);
			},
		},
	};
}

/**
 * Builds the Pagefind index from checked content (Node only): used after `astro build`, with
 * the build's own check (src/integrations/build-check.ts), and by the search benchmark, so both
 * index exactly the same records.
 */
import { writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import * as pagefind from 'pagefind';
import { contentFolders, guideSlug } from '../../schemas/content-files.ts';
import { checkedContent, type CheckedContent } from '../checker/checked-content.ts';
import { checkProject } from '../checker/project-fs.ts';
import type { Urls } from '../lib/urls.ts';
import { caseRecord, guideRecord, type SearchRecord } from './records.ts';
import { foldTableFile } from './fold.ts';
import { synonymsFile } from './synonyms.ts';
import type { SynonymGroups } from '../checker/rules/synonyms.ts';
import { installNodeFolder } from './fold-node.ts';
import { caseLabelParts } from './case-labels.ts';
import { loadVocabulary } from '../config/load-fs.ts';
import type { Vocabulary } from '../../schemas/vocabulary.ts';

/**
 * The records of the checked cases and guides; a project root is checked here first. The
 * vocabulary gives industry labels (read from the root when one is given).
 */
export function collectRecords(
	checked: CheckedContent | string,
	urls: Urls,
	vocabulary?: Vocabulary,
): SearchRecord[] {
	const industries = (
		vocabulary ?? (typeof checked === 'string' ? loadVocabulary(checked) : undefined)
	)?.industries;
	const content =
		typeof checked === 'string' ? checkedContent(checkProject({ root: checked })) : checked;
	// The build stops on a failed check before it gets here; nothing unchecked is published.
	if (content.hasErrors)
		throw new Error('search index: the content check reported errors; run `npm run check`');
	installNodeFolder();
	const records = content.cases.map((c) =>
		caseRecord(
			c.data.id,
			c.data,
			c.body,
			urls.caseUrl(c.data.id),
			caseLabelParts(c.data, industries),
		),
	);
	for (const guide of content.guides) {
		const data = guide.data as { title?: string; description?: string } | undefined;
		const slug = guideSlug(posix.relative(contentFolders.guides, guide.file));
		records.push(
			guideRecord(
				slug,
				data?.title ?? slug,
				data?.description ?? '',
				guide.body,
				urls.guideUrl(slug),
			),
		);
	}
	return records;
}

export interface IndexReport {
	records: number;
	errors: string[];
}

/** Writes `<outDir>/pagefind/`, with the fold table and the synonym groups search loads beside it. */
export async function writeSearchIndex(
	records: readonly SearchRecord[],
	outDir: string,
	synonyms: SynonymGroups = [],
): Promise<IndexReport> {
	const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'zh' });
	if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
	const errors = [...createErrors];
	for (const record of records) {
		const added = await index.addHTMLFile({ url: record.url, content: record.html });
		errors.push(...added.errors);
	}
	const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
	errors.push(...written.errors);
	// The browser folds queries with the same table the index was folded with.
	writeFileSync(join(outDir, 'pagefind', foldTableFile), installNodeFolder());
	writeFileSync(join(outDir, 'pagefind', synonymsFile), JSON.stringify(synonyms));
	await pagefind.close();
	return { records: records.length, errors };
}

/**
 * Builds the Pagefind index from the content files (Node only): used after `astro build`
 * and by the search benchmark, so both index exactly the same records.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { CaseData } from '../../schemas/case.ts';
import { checkProject } from '../checker/project.ts';
import { readCaseSource } from '../checker/source.ts';
import type { Urls } from '../lib/urls.ts';
import { caseRecord, guideRecord, type SearchRecord } from './records.ts';
import { foldTableFile } from './fold.ts';
import { installNodeFolder } from './fold-node.ts';

export function collectRecords(root: string, urls: Urls): SearchRecord[] {
	installNodeFolder();
	const { cases } = checkProject({ root });
	const records = cases
		.filter((c) => c.data)
		.map((c) => caseRecord(c.data!.id, c.data as CaseData, c.source.body, urls.caseUrl(c.data!.id)));
	const guidesDir = join(root, 'content/guides');
	let guideFiles: string[] = [];
	try {
		guideFiles = readdirSync(guidesDir).filter((f) => /^[^_].*\.mdx?$/.test(f));
	} catch {
		guideFiles = [];
	}
	for (const file of guideFiles) {
		const source = readCaseSource(file, readFileSync(join(guidesDir, file), 'utf8'));
		const data = source.data as { title?: string; description?: string } | undefined;
		const slug = file.replace(/\.mdx?$/, '');
		records.push(guideRecord(slug, data?.title ?? slug, data?.description ?? '', source.body, urls.guideUrl(slug)));
	}
	return records;
}

export interface IndexReport {
	records: number;
	errors: string[];
}

/** Writes `<outDir>/pagefind/`. */
export async function writeSearchIndex(records: readonly SearchRecord[], outDir: string): Promise<IndexReport> {
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
	await pagefind.close();
	return { records: records.length, errors };
}

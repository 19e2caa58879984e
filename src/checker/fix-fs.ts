/**
 * `check --fix` (Node only): checks the project, applies each file's safe fixes (src/checker/fix.ts),
 * writes the files whose check afterwards is as expected, and says what changed, line by line.
 */
import { closeSync, constants, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locale } from '../../schemas/locales.ts';
import { loadVocabulary } from '../config/load-fs.ts';
import { translatorFor } from '../i18n/translations.ts';
import { createCheckContext } from './check.ts';
import { fixFile, type FileFix } from './fix.ts';
import { parseMdxAsBuilt } from './node/parse-mdx.ts';
import { printable } from './printable.ts';
import { checkProject, type ProjectCheckOptions } from './project-fs.ts';

/** Writes in place without following a symlink swapped in since the file was read. */
function writeInPlace(path: string, text: string): void {
	const fd = openSync(path, constants.O_WRONLY | constants.O_TRUNC | constants.O_NOFOLLOW);
	try {
		writeSync(fd, text);
	} finally {
		closeSync(fd);
	}
}

/** Fixes what can be fixed safely; returns the report's lines. */
export function fixProject(options: ProjectCheckOptions, lang: Locale): string[] {
	const root = resolve(options.root ?? process.cwd());
	const result = checkProject({ ...options, root });
	const context = createCheckContext(options.vocabulary ?? loadVocabulary(root), parseMdxAsBuilt);
	const t = translatorFor(lang, 'check');
	const fixes: FileFix[] = [];
	for (const checked of result.cases) {
		const file = checked.source.file;
		if (!result.problems.some((p) => p.file === file && p.edits?.length)) continue;
		fixes.push(fixFile(file, checked.source.text, result.problems, context));
	}
	const lines: string[] = [];
	let files = 0;
	let changes = 0;
	for (const fix of fixes) {
		if (fix.text === undefined) {
			lines.push(printable(t('fix.refused', { file: fix.file })));
			continue;
		}
		writeInPlace(join(root, fix.file), fix.text);
		files++;
		for (const { problem, before, after } of fix.applied) {
			changes++;
			const place = `${problem.file}:${problem.line}:${problem.column}`;
			lines.push(printable(t('fix.change', { place, rule: problem.rule, before, after })));
		}
	}
	lines.push(
		files
			? t('fix.summary', {
					files: t('fix.files', { n: files }),
					changes: t('fix.changes', { n: changes }),
				})
			: t('fix.nothing'),
	);
	return lines;
}

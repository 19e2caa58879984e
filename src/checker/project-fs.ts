/**
 * The checker on a project folder (Node only): finds case files, reads the vocabulary and
 * checks them all. Used by `npm run check` and by the build, so both fail on the same problems.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Vocabulary } from '../../schemas/vocabulary.ts';
import { loadVocabulary } from '../config/load-fs.ts';
import { checkCases, compareProblems, createCheckContext, type CheckResult } from './check.ts';
import { defaultCacheDir } from './cache-folder-fs.ts';
import { openCheckCache } from './check-cache-fs.ts';
import { contentReader, fileProblem, isInside, specialKind } from './content-file-fs.ts';
import { ruleOf } from './messages.ts';
import { parseMdxAsBuilt } from './node/parse-mdx.ts';
import { hasControlCharacter } from './printable.ts';
import type { Problem } from './problem.ts';
import { readSynonyms } from '../search/synonyms-fs.ts';
import { checkSets } from './sets.ts';
import { checkNoteText } from './notes.ts';
import { notesDir } from '../../schemas/note.ts';
import { isSetFileName, setsDir } from '../../schemas/set.ts';

import {
	contentFolders,
	synonymsFile,
	isContentFileName,
	isDraftName,
	isDraftPath,
	isHiddenName,
	type ContentKind,
} from '../../schemas/content-files.ts';

export { casesDir } from '../../schemas/case.ts';
export const guidesDir = contentFolders.guides;

const toPosix = (path: string) => path.split(sep).join('/');

interface Found {
	cases: string[];
	others: string[];
	/** Entries refused without being opened: symlinks, devices, FIFOs, names with control characters. */
	refused: Problem[];
}

/** Entry types come from the directory listing (lstat, never followed), so nothing is opened here. */
function walk(root: string, dir: string, drafts: boolean, found: Found) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (isHiddenName(entry.name)) continue;
		if (isDraftName(entry.name) && !drafts) continue;
		const full = join(dir, entry.name);
		const file = toPosix(relative(root, full));
		if (hasControlCharacter(entry.name)) found.refused.push(fileProblem(file, 'file.name'));
		else if (entry.isDirectory()) walk(root, full, drafts, found);
		else if (!entry.isFile())
			found.refused.push(fileProblem(file, 'file.unsafe', { kind: specialKind(entry) }));
		else if (isContentFileName(entry.name)) found.cases.push(file);
		else found.others.push(file);
	}
}

/**
 * The one walk for content files: case or guide files (`schemas/content-files.ts`) under their
 * folder and its subfolders, drafts only when asked; the content collections' glob finds the same.
 */
export function findContentFiles(
	root: string,
	kind: ContentKind,
	options: { drafts?: boolean } = {},
): Found {
	return findCaseFiles(root, { ...options, dir: contentFolders[kind] });
}

/** Content files under `dir` (default `content/cases`; drafts, `_`-prefixed, only when asked). */
export function findCaseFiles(
	root: string,
	options: { drafts?: boolean; dir?: string } = {},
): Found {
	const found: Found = { cases: [], others: [], refused: [] };
	const dir = join(root, options.dir ?? contentFolders.cases);
	try {
		// The folder itself may be a symlink (to / or /dev): refused, not listed.
		const stats = lstatSync(dir);
		if (stats.isDirectory()) walk(root, dir, options.drafts ?? false, found);
		else
			found.refused.push(
				fileProblem(toPosix(relative(root, dir)), 'file.unsafe', { kind: specialKind(stats) }),
			);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	found.cases.sort();
	found.others.sort();
	return found;
}

export interface ProjectCheckOptions {
	root?: string;
	/** Files or folders to report on; every case still counts for ids and links. */
	paths?: readonly string[];
	/** Also check `_`-prefixed drafts. */
	drafts?: boolean;
	vocabulary?: Vocabulary;
	/** Where single-file results are kept between runs (check-cache-fs.ts); false: check every file. */
	cacheDir?: string | false;
}

export interface ProjectCheckResult extends CheckResult {
	/** How many files the report covers. */
	checkedFiles: number;
	/** How many case and guide files' single-file results came from the cache. */
	reused: number;
}

export function checkProject(options: ProjectCheckOptions = {}): ProjectCheckResult {
	const root = resolve(options.root ?? process.cwd());
	const vocabulary = options.vocabulary ?? loadVocabulary(root);
	const found = findContentFiles(root, 'cases', { drafts: options.drafts });
	const guidesFound = findContentFiles(root, 'guides', { drafts: options.drafts });
	// Case sets are YAML files: the walk lists them among the "other" files of their folder.
	const setsFound = findCaseFiles(root, { dir: setsDir });
	const notesFound = findCaseFiles(root, { dir: notesDir, drafts: options.drafts });
	const refused = [
		...found.refused,
		...guidesFound.refused,
		...setsFound.refused,
		...notesFound.refused,
	];
	const all = new Set(found.cases);

	let targets: Set<string> | undefined;
	if (options.paths?.length) {
		targets = new Set();
		for (const path of options.paths) {
			const full = resolve(root, path);
			const rel = toPosix(relative(root, full));
			const stats = lstatSync(full);
			if (stats.isDirectory() && !isInside(realpathSync(root), realpathSync(full))) {
				// `check -- /` must not walk the machine.
				targets.add(rel);
				refused.push(fileProblem(rel, 'file.outside'));
			} else if (stats.isDirectory()) {
				const inner: Found = { cases: [], others: [], refused: [] };
				walk(root, full, true, inner);
				for (const problem of inner.refused) {
					targets.add(problem.file);
					refused.push(problem);
				}
				for (const file of inner.cases) {
					if (!options.drafts && isDraftPath(toPosix(relative(full, join(root, file))))) continue;
					targets.add(file);
					all.add(file);
				}
			} else {
				targets.add(rel);
				// Set files and the synonym list are checked below, not as cases.
				if (!isSetFileName(rel) && rel !== synonymsFile && !rel.startsWith(`${notesDir}/`))
					all.add(rel);
			}
		}
	}

	// Each file is read as bytes and refused (one problem, no other rule) when it is not a
	// small, regular, UTF-8 file inside the project.
	const read = contentReader(root);
	const readable = (list: Iterable<string>) =>
		[...list].flatMap((file) => {
			const { text, problem } = read(file);
			if (problem) refused.push(problem);
			return text === undefined ? [] : [{ file, text }];
		});
	const files = readable(all);
	// Guides are checked too (frontmatter, personal data, MDX safety, links to cases).
	const guideFiles = readable(guidesFound.cases);
	const cacheDir = options.cacheDir ?? defaultCacheDir();
	const cache = cacheDir ? openCheckCache(cacheDir, root, vocabulary) : undefined;
	const result = checkCases(
		files,
		createCheckContext(vocabulary, parseMdxAsBuilt),
		targets,
		guideFiles,
		cache,
	);
	cache?.save();
	const caseIds = new Set(result.cases.flatMap((c) => (c.data ? [c.data.id] : [])));
	const sets = checkSets(readable(setsFound.others.filter(isSetFileName)), caseIds);
	const notes = readable(notesFound.cases);
	const setProblems = [
		...sets.flatMap((set) => set.problems),
		...notes.flatMap(({ file, text }) => checkNoteText(file, text, parseMdxAsBuilt, caseIds)),
	].filter((problem) => !targets || targets.has(problem.file));
	const synonyms = !targets || targets.has(synonymsFile) ? readSynonyms(root).problems : [];
	const strays: Problem[] = found.others
		.filter((file) => !targets || targets.has(file))
		.map((file) => ({
			file,
			line: 0,
			column: 0,
			severity: 'warning',
			rule: ruleOf('file.notCase'),
			field: '',
			message: 'file.notCase',
		}));
	const refusals = refused
		.filter((problem) => !targets || targets.has(problem.file))
		.sort(compareProblems);
	return {
		...result,
		problems: [...strays, ...refusals, ...result.problems, ...setProblems, ...synonyms],
		checkedFiles: targets?.size ?? all.size + sets.length + notes.length,
		reused: cache?.hits ?? 0,
	};
}

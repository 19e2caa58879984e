/**
 * The checker on a project folder (Node only): finds case files, reads the vocabulary and
 * checks them all. Used by `npm run check` and by the build, so both fail on the same problems.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Vocabulary } from '../../schemas/vocabulary.ts';
import { loadVocabulary } from '../config/load.ts';
import { checkCases, createCheckContext, type CheckResult } from './check.ts';
import { ruleOf } from './messages.ts';
import { parseMdxAsBuilt } from './node/parse-mdx.ts';
import type { Problem } from './problem.ts';

export { casesDir } from '../../schemas/case.ts';
import { casesDir } from '../../schemas/case.ts';
export const guidesDir = 'content/guides';
const caseExtension = /\.mdx?$/;

const toPosix = (path: string) => path.split(sep).join('/');
const isDraft = (relativePath: string) => relativePath.split('/').some((part) => part.startsWith('_'));

interface Found {
	cases: string[];
	others: string[];
}

function walk(root: string, dir: string, drafts: boolean, found: Found) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		if (entry.name.startsWith('_') && !drafts) continue;
		const full = join(dir, entry.name);
		if (entry.isDirectory()) walk(root, full, drafts, found);
		else if (caseExtension.test(entry.name)) found.cases.push(toPosix(relative(root, full)));
		else found.others.push(toPosix(relative(root, full)));
	}
}

/** Case files under `content/cases` (drafts, `_`-prefixed, only when asked). */
export function findCaseFiles(root: string, options: { drafts?: boolean; dir?: string } = {}): Found {
	const found: Found = { cases: [], others: [] };
	const dir = join(root, options.dir ?? casesDir);
	try {
		walk(root, dir, options.drafts ?? false, found);
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
}

export interface ProjectCheckResult extends CheckResult {
	/** How many files the report covers. */
	checkedFiles: number;
}

export function checkProject(options: ProjectCheckOptions = {}): ProjectCheckResult {
	const root = resolve(options.root ?? process.cwd());
	const vocabulary = options.vocabulary ?? loadVocabulary(root);
	const found = findCaseFiles(root, { drafts: options.drafts });
	const all = new Set(found.cases);

	let targets: Set<string> | undefined;
	if (options.paths?.length) {
		targets = new Set();
		for (const path of options.paths) {
			const full = resolve(root, path);
			const rel = toPosix(relative(root, full));
			if (statSync(full).isDirectory()) {
				const inner: Found = { cases: [], others: [] };
				walk(root, full, true, inner);
				for (const file of inner.cases) {
					if (!options.drafts && isDraft(relative(full, join(root, file)))) continue;
					targets.add(file);
					all.add(file);
				}
			} else {
				targets.add(rel);
				all.add(rel);
			}
		}
	}

	const files = [...all].map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
	// Guides are checked too (frontmatter, personal data, MDX safety, links to cases).
	const guideFiles = findCaseFiles(root, { drafts: options.drafts, dir: guidesDir }).cases.map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
	const result = checkCases(files, createCheckContext(vocabulary, parseMdxAsBuilt), targets, guideFiles);
	const strays: Problem[] = found.others
		.filter((file) => !targets || targets.has(file))
		.map((file) => ({ file, line: 0, column: 0, severity: 'warning', rule: ruleOf('file.notCase'), field: '', message: 'file.notCase' }));
	return { ...result, problems: [...strays, ...result.problems], checkedFiles: targets?.size ?? files.length };
}

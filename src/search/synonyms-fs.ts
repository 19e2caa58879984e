/**
 * Reads and checks `content/synonyms.yaml` (Node only): `check` reports its problems, the
 * build and the benchmark ship its groups beside the search index. No file, no synonyms.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { synonymsFile } from '../../schemas/content-files.ts';
import { contentReader } from '../checker/content-file-fs.ts';
import { hasErrors } from '../checker/problem.ts';
import { checkSynonyms, type SynonymCheck, type SynonymGroups } from '../checker/rules/synonyms.ts';
import { folderFromTable } from './fold.ts';
import { foldTable } from './fold-node.ts';

const exists = (path: string) => {
	try {
		lstatSync(path);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
		throw error;
	}
};

/** The search's folding of a word (as `foldText` with the build's table). */
function searchFold(): (word: string) => string {
	const fold = folderFromTable(foldTable());
	return (word) => fold(word.normalize('NFKC').toLowerCase());
}

/** The synonym list's groups and problems; read like a case file (no symlinks, size, UTF-8). */
export function readSynonyms(root: string): SynonymCheck {
	if (!exists(join(root, synonymsFile))) return { groups: [], problems: [] };
	const { text, problem } = contentReader(root)(synonymsFile);
	if (problem) return { groups: [], problems: [problem] };
	return checkSynonyms(text, synonymsFile, searchFold());
}

/** The groups to ship with the index; the build has checked the file, so an error stops here too. */
export function loadSynonyms(root: string): SynonymGroups {
	const { groups, problems } = readSynonyms(root);
	if (hasErrors(problems)) throw new Error(`${synonymsFile} has errors; run \`npm run check\``);
	return groups;
}

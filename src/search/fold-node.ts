/**
 * The fold table in Node (build, benchmark, tests), from opencc-js's Traditional → mainland
 * converter plus the variant characters (src/search/variants.ts).
 */
import * as OpenCC from 'opencc-js/t2cn';
import { buildFoldTable, folderFromTable } from './fold.ts';
import { setCharacterFolder } from './normalize.ts';
import { withVariants } from './variants.ts';

let table: string | undefined;

export function foldTable(): string {
	table ??= buildFoldTable(withVariants(OpenCC.Converter({ from: 't', to: 'cn' })));
	return table;
}

/** Makes every `toIndexText`/`queryWords` call in this process fold Traditional characters. */
export function installNodeFolder(): string {
	const pairs = foldTable();
	setCharacterFolder(folderFromTable(pairs));
	return pairs;
}

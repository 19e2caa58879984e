import { afterEach, describe, expect, it } from 'vitest';
import { buildFoldTable, folderFromTable } from '../../src/search/fold.ts';
import { foldTable } from '../../src/search/fold-node.ts';
import {
	exactQuery,
	setCharacterFolder,
	type CharacterFolder,
} from '../../src/search/normalize.ts';

describe('Traditional → Simplified folding', () => {
	// The folder is module-wide: a test that installs one gets the previous one back after it, pass or fail.
	let previousFolder: CharacterFolder | undefined;
	afterEach(() => {
		if (previousFolder) setCharacterFolder(previousFolder);
		previousFolder = undefined;
	});

	it('is derived from opencc-js and folds whole phrases character by character', () => {
		const fold = folderFromTable(foldTable());
		expect(fold('客戶服務熱線')).toBe('客户服务热线');
		expect(fold('遲到的烤豬腳')).toBe('迟到的烤猪脚');
		expect(fold('客户服务 IC卡 2006')).toBe('客户服务 IC卡 2006');
	});

	it('makes a Traditional and a Simplified query the same search', () => {
		previousFolder = setCharacterFolder(folderFromTable(foldTable()));
		expect(exactQuery('服務熱線')).toBe(exactQuery('服务热线'));
	});

	it('keeps only one-character conversions from a converter', () => {
		const table = buildFoldTable((text) => ({ 戶: '户', 乾: '干', 𠀀: 'ab' })[text] ?? text);
		expect([...table]).toEqual(['乾', '干', '戶', '户']);
	});
});

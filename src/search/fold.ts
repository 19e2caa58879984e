/**
 * Traditional → Simplified folding for search. The table is derived from opencc-js (a
 * maintained conversion library) at build time, written beside the index, and loaded by the
 * browser with it: index and query fold with the very same table. Because the index is one
 * word per character, character-level folding is exactly what search needs (phrase-level
 * conversions such as 乾隆 would not change what matches).
 */
import type { CharacterFolder } from './normalize.ts';

/** File name of the table, in the site's `pagefind/` folder. */
export const foldTableFile = 'fold-t2s.txt';

/** The CJK blocks whose Traditional characters have a Simplified form. */
const ranges: [number, number][] = [
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff],
	[0xf900, 0xfaff],
];

/** Builds the table as pairs `戶户務务…` from a converter such as OpenCC's `t` → `cn`. */
export function buildFoldTable(convert: (text: string) => string): string {
	let pairs = '';
	for (const [start, end] of ranges) {
		for (let code = start; code <= end; code++) {
			const char = String.fromCodePoint(code);
			const out = convert(char);
			if (out !== char && [...out].length === 1) pairs += char + out;
		}
	}
	return pairs;
}

export function folderFromTable(pairs: string): CharacterFolder {
	const chars = [...pairs];
	const map = new Map<string, string>();
	for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
	return (text) => {
		let out = '';
		for (const char of text) out += map.get(char) ?? char;
		return out;
	};
}

/**
 * Text prepared for search, the same way at build time (what is indexed) and in the browser
 * (what is asked), so index and query always agree.
 *
 * Every letter, digit and CJK character is a word of its own, and a query is an exact phrase
 * of those words: Pagefind then finds exactly the pages whose text contains the query, the way
 * Ctrl+F does (`号卡` is not `卡号`, `排队的有1` finds `排队的有13个人`). Pagefind's own Chinese
 * word segmentation is never involved, because nothing it sees has two characters together.
 * A break token marks where a match must not run through: after punctuation, at line ends,
 * at spaces (except the typographic space between Chinese and Latin text, `IC 卡`).
 */

export const breakToken = 'qzbrk';

/** Prefix of the word a punctuation mark or symbol is indexed as (its code point in base 36). */
export const punctuationPrefix = 'qzp';
const punctuationWord = (char: string) => punctuationPrefix + char.codePointAt(0)!.toString(36);
const punctuationPattern = new RegExp(`^${punctuationPrefix}[0-9a-z]+$`);
const isMarker = (word: string) => word === breakToken || punctuationPattern.test(word);

/** Han, kana, hangul and CJK compatibility characters. */
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u3007]/u;
const alnum = /[\p{L}\p{N}]/u;
const space = /[\s\u3000]/u;

/** A converter from Traditional to Simplified characters, when one is installed. */
export type CharacterFolder = (text: string) => string;
let foldCharacters: CharacterFolder = (text) => text;

/** Installs the Traditional→Simplified converter (build and browser install the same table); returns the one it replaces. */
export function setCharacterFolder(folder: CharacterFolder): CharacterFolder {
	const previous = foldCharacters;
	foldCharacters = folder;
	return previous;
}

/** Width, case and script variants folded: `ＩＣ卡`, `ic卡` and `IC卡` are the same text. */
export function foldText(text: string): string {
	return foldCharacters(text.normalize('NFKC').toLowerCase());
}

/** One character for matching: width- and script-folded; punctuation keeps its shape for excerpts. */
function foldChar(char: string): string {
	return alnum.test(char) ? foldCharacters(char.normalize('NFKC')) : char;
}

/** The indexable form of text: one word per character, breaks where a match must stop. */
export function toIndexText(text: string): string {
	const chars = [...text];
	const words: string[] = [];
	const pushBreak = () => {
		if (words.length && words.at(-1) !== breakToken) words.push(breakToken);
	};
	for (let i = 0; i < chars.length; i++) {
		const char = chars[i]!;
		if (space.test(char)) {
			// Typographic spacing between Chinese and Latin text is not a separator.
			let j = i;
			while (j + 1 < chars.length && space.test(chars[j + 1]!)) j++;
			const before = chars[i - 1] ?? '';
			const after = chars[j + 1] ?? '';
			const typographic =
				!/\n/.test(chars.slice(i, j + 1).join('')) &&
				((cjk.test(before) && alnum.test(after) && !cjk.test(after)) ||
					(alnum.test(before) && !cjk.test(before) && cjk.test(after)));
			if (!typographic) pushBreak();
			i = j;
			continue;
		}
		const folded = foldChar(char);
		for (const c of folded) {
			if (alnum.test(c) || cjk.test(c)) words.push(c);
			// Punctuation is one ASCII word (`qzp1a` for `.`): Pagefind counts a mark of its own as
			// a position that a query cannot name, so `S2.3` or `卡号，查询` never matched as written.
			else words.push(punctuationWord(c));
		}
	}
	while (words.at(-1) === breakToken) words.pop();
	return words.join(' ');
}

/**
 * The words of a query, in order, as the index has them (lower-cased, as Pagefind stores
 * them). Breaks inside the query stay, so `卡号,查询` matches only that text.
 */
export function queryWords(query: string): string[] {
	const words = toIndexText(query)
		.split(' ')
		.map((word) => (isMarker(word) ? word : word.toLowerCase()))
		.filter((word) => isMarker(word) || alnum.test(word) || cjk.test(word));
	const collapsed = words.filter((word, i) => word !== breakToken || words[i - 1] !== breakToken);
	// Marks around a query are not asked for (`“卡号”` finds 卡号 anywhere); inside, they are.
	while (collapsed[0] && isMarker(collapsed[0])) collapsed.shift();
	while (collapsed.at(-1) && isMarker(collapsed.at(-1)!)) collapsed.pop();
	return collapsed;
}

/** Prefix of the tokens that repeat a record's title and summary (see `toHeadTokens`). */
export const headPrefix = 'hdq';

/**
 * Title and summary again, each character as one ASCII word (`卡` → `hdqgh9`), so one extra
 * exact search tells which records match there: those rank first.
 */
export function toHeadTokens(text: string): string {
	return queryWords(text)
		.map((word) => (isMarker(word) ? word : headPrefix + word.codePointAt(0)!.toString(36)))
		.join(' ');
}

/** The Pagefind query for exactly this text (a quoted phrase), or '' for nothing to search. */
export function exactQuery(query: string): string {
	const words = queryWords(query);
	return words.length ? `"${words.join(' ')}"` : '';
}

/** The Pagefind query for records whose title or summary contains exactly this text. */
export function headQuery(query: string): string {
	const tokens = toHeadTokens(query);
	return tokens ? `"${tokens}"` : '';
}

/** The Pagefind query for all the words in any order (the fallback after exact matches). */
export function looseQuery(query: string): string {
	return [...new Set(queryWords(query).filter((word) => !isMarker(word)))].join(' ');
}

const latinBefore = /[A-Za-z0-9,.;:!?)\]'"%]/;
const latinAfter = /[A-Za-z0-9(\['"]/;

/**
 * Turns an excerpt of indexed text back into readable text: characters closed up, breaks
 * shown as a space in Latin text and dropped in Chinese, Pagefind's `. ` between blocks shown
 * as ` · `, adjacent highlights merged. Keeps Pagefind's `<mark>` markup.
 */
export function readableExcerpt(html: string): string {
	const tokens = html
		.replace(new RegExp(`\\b${headPrefix}[0-9a-z]+\\b`, 'g'), ' ')
		.replace(/(?<=\S)\. (?=\S)/g, ' \u0000 ')
		.split(/(<\/?mark>|\s+)/)
		.filter((t) => t && !/^\s+$/.test(t))
		.map((t) =>
			punctuationPattern.test(t)
				? String.fromCodePoint(parseInt(t.slice(punctuationPrefix.length), 36))
				: t,
		);
	// Every letter is a word of its own, so a window of words can end inside a Latin word
	// ("a gold-card c"). A whole word at the end of a field is followed by a break; a run of
	// letters at the very end without one was cut: it goes, and "…" says so. Not a highlight.
	let end = tokens.length;
	while (end > 0 && /^[\p{Script=Latin}\p{N}]$/u.test(tokens[end - 1]!)) end--;
	const cut = end > 0 && end < tokens.length;
	if (cut) tokens.length = end;
	const visible = (from: number, step: 1 | -1) => {
		for (let i = from; i >= 0 && i < tokens.length; i += step) {
			const t = tokens[i]!;
			if (t === '<mark>' || t === '</mark>' || t === breakToken) continue;
			return step === 1 ? t[0]! : t.at(-1)!;
		}
		return '';
	};
	let out = '';
	tokens.forEach((token, i) => {
		if (token === '\u0000') out += ' · ';
		else if (token === breakToken) {
			if (latinBefore.test(visible(i - 1, -1)) && latinAfter.test(visible(i + 1, 1))) out += ' ';
		} else out += token;
	});
	const text = out
		.replace(/<\/mark><mark>/g, '')
		.replace(/<mark><\/mark>/g, '')
		.replace(/ {2,}/g, ' ')
		.trim();
	return cut ? `${text}…` : text;
}

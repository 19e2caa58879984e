/**
 * Text prepared for search, the same way at build time (what is indexed) and in the browser
 * (what is asked), so index and query always agree. Every CJK character becomes its own word
 * and a query becomes an exact phrase of those words: Pagefind then finds exactly the pages
 * whose text contains the query, the way Ctrl+F does. Pagefind's own Chinese word
 * segmentation is never involved, because nothing it sees has two CJK characters together.
 */

/** A token after every punctuation mark, so `卡。号` is never found by `卡号`. */
export const breakToken = 'qzbrk';

/** Han, kana, hangul and CJK compatibility characters: each is a word of its own. */
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u3007]/u;
const cjkSpacing = new RegExp(`(?<=${cjk.source})[ \\t\\u3000]+(?=${cjk.source})`, 'gu');
/** Punctuation, including the full-width forms NFKC leaves alone. */
const punctuation = /[\p{P}\p{S}]/u;

/** A converter from Traditional to Simplified characters, when one is installed. */
export type CharacterFolder = (text: string) => string;
let foldCharacters: CharacterFolder = (text) => text;

/** Installs the Traditional→Simplified converter (build and browser install the same one). */
export function setCharacterFolder(folder: CharacterFolder) {
	foldCharacters = folder;
}

/** Width, case and script variants folded: `ＩＣ卡` and `ic卡` are the same text. */
export function foldText(text: string): string {
	return foldCharacters(text.normalize('NFKC').toLowerCase());
}

/** One character folded for matching; punctuation keeps its own shape so excerpts read right. */
function foldChar(char: string): string {
	if (punctuation.test(char)) return char;
	return foldCharacters(char.normalize('NFKC'));
}

/**
 * Indexable text: CJK characters spaced apart, a break token after punctuation and at line
 * ends (a match never spans them, as in Ctrl+F), letters and
 * digits width-folded (Pagefind lowercases words itself, so case stays for excerpts). Words
 * of other scripts stay whole (`IC`, `4S`, `2006`); masks such as `139****1234` stay one word.
 */
export function toIndexText(text: string): string {
	let out = '';
	// A space between two CJK characters separates (a line end for search, as for Ctrl+F); a
	// space between Latin and CJK text is typographic spacing and does not.
	const spaced = text.replace(cjkSpacing, '\n');
	for (const raw of spaced) {
		const char = foldChar(raw);
		if (cjk.test(char)) out += ` ${char} `;
		else if (/[*＊]/.test(raw)) out += '*';
		else if (punctuation.test(char) && !/[-_']/.test(char)) out += ` ${char} ${breakToken} `;
		else if (char === '\n') out += ` ${breakToken} `;
		else if (/\s/.test(char)) out += ' ';
		else out += char;
	}
	return out.replace(/\s+/g, ' ').trim();
}

/** Prefix of the tokens that repeat a record's title and summary, so a search can tell
 * which records match there. Each character or word becomes one ASCII token. */
export const headPrefix = 'hdq';

/** The title-and-summary form of text: `卡号` → `hdq1r5 hdq1r6` (code points in base 36). */
export function toHeadTokens(text: string): string {
	return queryWords(text)
		.map((word) => (word === breakToken ? word : headPrefix + [...word].map((c) => c.codePointAt(0)!.toString(36)).join('x')))
		.join(' ');
}

/**
 * The words a query is made of, in order, as the index has them (lower-cased, as Pagefind
 * stores them). Breaks inside the query stay, so `卡号,查询` matches only that text.
 */
export function queryWords(query: string): string[] {
	const words = toIndexText(query)
		.toLowerCase()
		.split(' ')
		.filter((word) => word === breakToken || /[\p{L}\p{N}]/u.test(word));
	while (words[0] === breakToken) words.shift();
	while (words.at(-1) === breakToken) words.pop();
	return words;
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
	return queryWords(query).filter((word) => word !== breakToken).join(' ');
}

/** True when a query has at least one CJK character. */
export const hasCjk = (text: string) => cjk.test(text);

/** Opening brackets and quotes: a space before them stays in Latin text. */
const opening = /[(\[{“‘《「『（]/u;

/**
 * Turns an excerpt of indexed text back into readable text: CJK characters closed up, break
 * tokens removed, adjacent highlights merged. Keeps Pagefind's `<mark>` markup.
 */
export function readableExcerpt(html: string): string {
	const parts = html
		.replace(new RegExp(`\\s*\\b(?:${breakToken}|${headPrefix}[0-9a-z]+)\\b\\s*`, 'g'), ' ')
		// Pagefind joins blocks (title, summary, paragraphs) with ". ".
		.replace(/(?<=[^\x00-\x7f]|<\/mark>)\. (?=\S)/g, ' · ')
		.split(/(<\/?mark>|\s+)/).filter(Boolean);
	const visible = (from: number, step: 1 | -1) => {
		for (let i = from; i >= 0 && i < parts.length; i += step) {
			const part = parts[i]!;
			if (part === '<mark>' || part === '</mark>' || /^\s+$/.test(part)) continue;
			return step === 1 ? part[0]! : part.at(-1)!;
		}
		return '';
	};
	let out = '';
	parts.forEach((part, i) => {
		if (!/^\s+$/.test(part)) {
			out += part;
			return;
		}
		const before = visible(i - 1, -1);
		const after = visible(i + 1, 1);
		const keep =
			before === '·' || after === '·' ||
			before !== '' && after !== '' && !cjk.test(before) && !cjk.test(after) &&
			!(punctuation.test(after) && !opening.test(after)) && !opening.test(before);
		if (keep) out += ' ';
	});
	return out.replace(/<\/mark><mark>/g, '').replace(/<mark><\/mark>/g, '').trim();
}

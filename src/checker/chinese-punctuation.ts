/**
 * ASCII punctuation between Chinese characters (`确认:"您要…对吗?"得到`) and its full-width
 * form (`确认：“您要…对吗？”得到`). One linear pass over a text; no file access, so the checker,
 * `check --fix` and the browser form share it. A run of ASCII `, : ; ? ! ( ) "` is flagged when
 * it has Chinese on one side and Chinese or the end of the line on the other; the partner of a
 * flagged quote or bracket is converted with it, so pairs never end up half ASCII.
 */

/** One change to a text: replace `remove` characters at `index` by `insert`. */
export interface TextEdit {
	index: number;
	remove: number;
	insert: string;
}

/** One flagged run: where it is, what it says and what it becomes, and every edit that fix needs. */
export interface PunctuationRun {
	index: number;
	/** The run as written, e.g. `:"`. */
	text: string;
	/** The run once fixed, e.g. `：“`. */
	fixed: string;
	/** The edit of the run itself (with the blanks it drops). */
	main: TextEdit;
	/** The edits of this run, its partners' included, in text order. */
	edits: TextEdit[];
}

const fullWidth: Record<string, string> = {
	',': '，',
	':': '：',
	';': '；',
	'?': '？',
	'!': '！',
	'(': '（',
	')': '）',
};

const isTarget = (ch: string | undefined) => ch !== undefined && (ch in fullWidth || ch === '"');
const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';

/** Han characters, CJK and full-width punctuation, Chinese quotes, dashes and ellipses. */
export function isChinese(ch: string | undefined): boolean {
	if (ch === undefined) return false;
	const code = ch.codePointAt(0)!;
	return (
		(code >= 0x4e00 && code <= 0x9fff) ||
		(code >= 0x3400 && code <= 0x4dbf) ||
		(code >= 0x3000 && code <= 0x303f) ||
		(code >= 0xff01 && code <= 0xff60) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0x20000 && code <= 0x3134f) ||
		code === 0x201c ||
		code === 0x201d ||
		code === 0x2018 ||
		code === 0x2019 ||
		code === 0x2014 ||
		code === 0x2026 ||
		code === 0xb7
	);
}

/** Each ASCII quote's and bracket's partner index (−1 when unpaired), found in one pass. */
function partners(text: string): Map<number, number> {
	const partner = new Map<number, number>();
	const brackets: number[] = [];
	let openQuote = -2; // -2: no quote open; -1: a Chinese “ open; ≥ 0: an ASCII " open at that index
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '(' || ch === '（') brackets.push(ch === '(' ? i : -1);
		else if (ch === ')' || ch === '）') {
			const open = brackets.pop() ?? -1;
			if (ch === ')') partner.set(i, open);
			if (open >= 0) partner.set(open, ch === ')' ? i : -1);
		} else if (ch === '“') openQuote = -1;
		else if (ch === '”') openQuote = -2;
		else if (ch === '"') {
			if (openQuote === -2) openQuote = i;
			else {
				partner.set(i, openQuote);
				if (openQuote >= 0) partner.set(openQuote, i);
				openQuote = -2;
			}
		}
	}
	for (const open of brackets) if (open >= 0 && !partner.has(open)) partner.set(open, -1);
	if (openQuote >= 0) partner.set(openQuote, -1);
	return partner;
}

/** Which way each ASCII quote faces: opening unless a quote is open before it; a quote with no partner faces the text it follows, unless that is a colon or an opening mark. */
function quoteForms(text: string, pairs: Map<number, number>): Map<number, string> {
	const forms = new Map<number, string>();
	for (const [at, partner] of pairs) {
		if (partner >= 0 || text[at] !== '"') continue;
		const before = text[at - 1];
		const opens = before === undefined || /[\s:：(（“]/.test(before);
		forms.set(at, opens ? '“' : '”');
	}
	let open = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '“') open = true;
		else if (ch === '”') open = false;
		else if (ch === '"' && !forms.has(i)) {
			forms.set(i, open ? '”' : '“');
			open = !open;
		}
	}
	return forms;
}

/** The ASCII punctuation between Chinese characters in one text (a line break ends a run's context). */
export function findAsciiPunctuation(text: string): PunctuationRun[] {
	if (!/[,:;?!()"]/.test(text)) return [];
	const flagged: { start: number; end: number; from: number; to: number }[] = [];
	let i = 0;
	while (i < text.length) {
		if (!isTarget(text[i])) {
			i++;
			continue;
		}
		const start = i;
		let end = i + 1;
		for (let j = i + 1; j < text.length && (isTarget(text[j]) || isBlank(text[j])); j++) {
			if (isTarget(text[j])) end = j + 1;
		}
		i = end;
		let left = start - 1;
		while (isBlank(text[left])) left--;
		let right = end;
		while (isBlank(text[right])) right++;
		const leftEdge = left < 0 || text[left] === '\n' || text[left] === '\r';
		const rightEdge = right >= text.length || text[right] === '\n' || text[right] === '\r';
		const leftChinese = isChinese(text[left]);
		const rightChinese = isChinese(text[right]);
		if (!((leftChinese && (rightChinese || rightEdge)) || (rightChinese && leftEdge))) continue;
		// Blanks inside the run, and between it and Chinese text, go with the ASCII punctuation.
		flagged.push({
			start,
			end,
			from: leftChinese ? left + 1 : start,
			to: rightChinese ? right : end,
		});
	}
	if (!flagged.length) return [];

	const pairs = partners(text);
	const quotes = quoteForms(text, pairs);
	const convert = (k: number) => (text[k] === '"' ? quotes.get(k)! : fullWidth[text[k]!]!);
	const inFlaggedRun = new Set<number>();
	for (const run of flagged) for (let k = run.start; k < run.end; k++) inFlaggedRun.add(k);
	const partnerDone = new Set<number>();
	return flagged.map(({ start, end, from, to }): PunctuationRun => {
		let fixed = '';
		for (let k = from; k < to; k++) if (isTarget(text[k])) fixed += convert(k);
		const main: TextEdit = { index: from, remove: to - from, insert: fixed };
		const edits: TextEdit[] = [main];
		for (let k = start; k < end; k++) {
			const partner = pairs.get(k);
			if (partner === undefined || partner < 0) continue;
			if (inFlaggedRun.has(partner) || partnerDone.has(partner)) continue;
			partnerDone.add(partner);
			edits.push({ index: partner, remove: 1, insert: convert(partner) });
		}
		edits.sort((a, b) => a.index - b.index);
		return { index: start, text: text.slice(start, end), fixed, main, edits };
	});
}

/** Applies edits (from any number of runs) to a text; overlapping edits keep the first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	const sorted = [...edits].sort((a, b) => a.index - b.index);
	let out = '';
	let at = 0;
	for (const edit of sorted) {
		if (edit.index < at) continue;
		out += text.slice(at, edit.index) + edit.insert;
		at = edit.index + edit.remove;
	}
	return out + text.slice(at);
}

/** The text with every flagged run in its full-width form (the form's "apply this fix"). */
export function fixAsciiPunctuation(text: string): string {
	return applyEdits(
		text,
		findAsciiPunctuation(text).flatMap((run) => run.edits),
	);
}

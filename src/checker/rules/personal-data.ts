/**
 * Finds personal data a handbook must not publish: mainland ID numbers, mobile numbers,
 * bank card numbers and e-mail addresses. Masked forms (`139****1234`) contain no full run of
 * digits and so never match. Ordinary long numbers (order numbers, dates, timestamps) are not
 * flagged: a card must pass Luhn and start like a card, an ID must start with a real province
 * code and hold a real birth date.
 *
 * The text is scanned in its NFKC form, so full-width digits (`１３９…`), a full-width `＠`,
 * ideographic and no-break spaces count like their ASCII forms; offsets are mapped back to the
 * text as written. Every scan is a single pass with bounded look-around (no backtracking
 * regular expressions), so its time grows linearly with the text whatever the text holds.
 */

export type PersonalDataKind = 'idNumber' | 'mobile' | 'bankCard' | 'email';

export interface PersonalDataMatch {
	kind: PersonalDataKind;
	/** Offset of the match in the text. */
	index: number;
	/** The text as written. */
	text: string;
	/** The same value masked the way the handbook accepts it. */
	masked: string;
}

/** A text in NFKC form and, for each of its characters, the span of the original it came from. */
export interface NormalisedText {
	text: string;
	/** Offset in the original where normalised character `index` starts. */
	startOf(index: number): number;
	/** Offset in the original just after normalised character `index`. */
	endOf(index: number): number;
}

const combiningMark = /^\p{M}$/u;

/** ASCII and the common CJK ideographs are their own NFKC form and combine with nothing: no need to ask. */
const isStable = (code: number) => code < 0x80 || (code >= 0x4e00 && code <= 0x9fff);
const unstableChar = /[^\u0000-\u007f\u4e00-\u9fff]/g;

/** Length in UTF-16 units of the code point at `index` (2 for a surrogate pair). */
function codePointLength(text: string, index: number): number {
	return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

/** End of the character at `start` with the combining marks after it, which NFKC may compose with it. */
function clusterEnd(text: string, start: number): number {
	let end = start + codePointLength(text, start);
	while (end < text.length && !isStable(text.charCodeAt(end))) {
		const length = codePointLength(text, end);
		if (!combiningMark.test(text.slice(end, end + length))) break;
		end += length;
	}
	return end;
}

/**
 * NFKC, character by character (with its combining marks), so each normalised character knows
 * the span of the original it came from. Runs of ASCII and CJK ideographs are copied as they are.
 */
export function normaliseWithOffsets(original: string): NormalisedText {
	if (original.normalize('NFKC') === original)
		return { text: original, startOf: (i) => i, endOf: (i) => i + 1 };
	let text = '';
	// For each normalised character, the start of its source; the source ends where the next one starts.
	let starts = new Int32Array(original.length + 64);
	let length = 0;
	const append = (piece: string, from: number, identity: boolean) => {
		if (length + piece.length + 1 > starts.length) {
			const grown = new Int32Array(2 * (length + piece.length + 1));
			grown.set(starts.subarray(0, length));
			starts = grown;
		}
		for (let k = 0; k < piece.length; k++) starts[length++] = identity ? from + k : from;
		text += piece;
	};
	const seen = new Map<string, string>();
	let copied = 0;
	unstableChar.lastIndex = 0;
	for (let found = unstableChar.exec(original); found; found = unstableChar.exec(original)) {
		// A combining mark composes with the character before it: normalise the two together.
		const start =
			found.index > copied && combiningMark.test(found[0]) ? found.index - 1 : found.index;
		append(original.slice(copied, start), copied, true);
		const end = clusterEnd(original, start);
		const cluster = original.slice(start, end);
		let piece = seen.get(cluster);
		if (piece === undefined) {
			piece = cluster.normalize('NFKC');
			seen.set(cluster, piece);
		}
		append(piece, start, false);
		copied = end;
		unstableChar.lastIndex = end;
	}
	append(original.slice(copied), copied, true);
	const startOf = (i: number) => (i < length ? starts[i]! : original.length);
	const endOf = (i: number) => {
		let next = i + 1;
		while (next < length && starts[next] === starts[i]) next++;
		return startOf(next);
	};
	return { text, startOf, endOf };
}

// ---- Numbers -------------------------------------------------------------------------------

/**
 * Characters (after NFKC) that may stand between the digit groups of one number: space (also
 * from U+3000, U+00A0, U+202F), hyphen and the Unicode dashes and minus, dot, and middle dots.
 */
const separatorCodes = new Set(
	[
		' ',
		'-',
		'.',
		'\u00b7',
		'\u30fb',
		'\u2010',
		'\u2012',
		'\u2013',
		'\u2014',
		'\u2015',
		'\u2212',
	].map((c) => c.charCodeAt(0)),
);

/** Province-level codes of mainland ID numbers (GB/T 2260): a number starting otherwise is not an ID. */
const provinceCodes = new Set([
	11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
	53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
]);

/** The longest number any rule looks at (a 19-digit card). */
const maxDigits = 19;

const isDigitCode = (code: number) => code >= 48 && code <= 57;
const isDigit = (char: string | undefined) => char !== undefined && isDigitCode(char.charCodeAt(0));
const isAsciiLetter = (char: string | undefined) => char !== undefined && /^[A-Za-z]$/.test(char);

/** Digits joined by single separators, e.g. `139 1234 5678`: its groups and what stands between them. */
interface DigitRun {
	/** Where each group starts and ends in the text. */
	starts: number[];
	ends: number[];
	/** How many digits come before each group, plus the run's total at the end. */
	before: number[];
	/** The run's digits with the separators left out. */
	digits: string;
	separators: string[];
}

/** A stretch of a run: groups `first`…`last` and their digits. */
interface Window {
	first: number;
	last: number;
	start: number;
	end: number;
	digits: string;
}

/** The run starting at `start` (a digit); it ends before a separator not followed by a digit. */
function readRun(text: string, start: number): DigitRun {
	const run: DigitRun = { starts: [], ends: [], before: [0], digits: '', separators: [] };
	for (let at = start; ;) {
		let end = at;
		while (isDigitCode(text.charCodeAt(end))) end++;
		run.starts.push(at);
		run.ends.push(end);
		run.before.push(run.before[run.before.length - 1]! + end - at);
		run.digits += text.slice(at, end);
		if (!separatorCodes.has(text.charCodeAt(end)) || !isDigitCode(text.charCodeAt(end + 1)))
			return run;
		run.separators.push(text[end]!);
		at = end + 1;
	}
}

/** Digit counts some rule accepts: a mobile (11, 13 or 15 with a country code), an ID (17 + X, 18), a card (15–19). */
const candidateLengths = new Set([11, 13, 15, 16, 17, 18, 19]);

/** The windows of the run starting at group `first` whose digit count some rule accepts, shortest first. */
function windowsFrom(run: DigitRun, first: number): Window[] {
	const windows: Window[] = [];
	const from = run.before[first]!;
	for (let last = first; last < run.starts.length; last++) {
		const to = run.before[last + 1]!;
		if (to - from > maxDigits) break;
		if (candidateLengths.has(to - from))
			windows.push({
				first,
				last,
				start: run.starts[first]!,
				end: run.ends[last]!,
				digits: run.digits.slice(from, to),
			});
	}
	return windows;
}

/** Whether the window's separators stand only after the allowed digit counts (e.g. 3 and 7 in `139 1234 5678`). */
function cutsWithin(run: DigitRun, window: Window, allowed: readonly number[]): boolean {
	for (let group = window.first + 1; group <= window.last; group++) {
		if (!allowed.includes(run.before[group]! - run.before[window.first]!)) return false;
	}
	return true;
}

/** The separators inside the window. */
const separatorsOf = (run: DigitRun, window: Window) =>
	run.separators.slice(window.first, window.last);

/** A dot separates groups only when every separator is a dot and there are two or more (one is a decimal point). */
const dotsAreGroupings = (separators: readonly string[]) =>
	!separators.includes('.') || (separators.length >= 2 && separators.every((s) => s === '.'));

function isRealDate(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function luhnValid(digits: string): boolean {
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let digit = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) {
			digit *= 2;
			if (digit > 9) digit -= 9;
		}
		sum += digit;
	}
	return sum % 10 === 0;
}

const stars = (n: number) => '*'.repeat(Math.max(0, n));
const maskMiddle = (digits: string, keepStart: number, keepEnd: number) =>
	digits.slice(0, keepStart) +
	stars(digits.length - keepStart - keepEnd) +
	digits.slice(digits.length - keepEnd);

/** Something found, in offsets of the normalised text. */
interface Found {
	kind: PersonalDataKind;
	start: number;
	end: number;
	masked: string;
}

/** A number found, and the last group of its run it used, so the scan goes on after it. */
interface NumberMatch extends Found {
	last: number;
}

/** An ID number: province code, birth date 18xx–20xx, groups cut only after the region and the date. */
function idNumberAt(
	text: string,
	run: DigitRun,
	windows: readonly Window[],
): NumberMatch | undefined {
	const runStart = run.starts[0]!;
	if (windows[0]?.first === 0 && isAsciiLetter(text[runStart - 1])) return undefined;
	for (const window of windows) {
		const atRunEnd = window.last === run.starts.length - 1;
		const checkX = window.digits.length === 17 && atRunEnd && /^[Xx]$/.test(text[window.end] ?? '');
		if (window.digits.length !== 18 && !checkX) continue;
		const end = checkX ? window.end + 1 : window.end;
		if (atRunEnd && (isAsciiLetter(text[end]) || isDigit(text[end]))) continue;
		if (!cutsWithin(run, window, [6, 14]) || !dotsAreGroupings(separatorsOf(run, window))) continue;
		const digits = window.digits + (checkX ? text[window.end]!.toUpperCase() : '');
		const year = Number(digits.slice(6, 10));
		if (!provinceCodes.has(Number(digits.slice(0, 2))) || year < 1800 || year > 2099) continue;
		if (!isRealDate(year, Number(digits.slice(10, 12)), Number(digits.slice(12, 14)))) continue;
		return {
			kind: 'idNumber',
			start: window.start,
			end,
			masked: maskMiddle(digits, 3, 4),
			last: window.last,
		};
	}
	return undefined;
}

/** A mobile number `1[3-9]` + 9 digits, after `86`, `+86` or `0086` or not, cut only as 3-4-4. */
function mobileAt(
	text: string,
	run: DigitRun,
	windows: readonly Window[],
): NumberMatch | undefined {
	for (const window of windows) {
		const { digits } = window;
		const prefix =
			digits.length === 15 && digits.startsWith('0086')
				? 4
				: digits.length === 13 && digits.startsWith('86')
					? 2
					: digits.length === 11
						? 0
						: -1;
		if (prefix < 0 || !/^1[3-9]$/.test(digits.slice(prefix, prefix + 2))) continue;
		const allowedCuts = prefix ? [prefix, prefix + 3, prefix + 7] : [3, 7];
		if (!cutsWithin(run, window, allowedCuts) || !dotsAreGroupings(separatorsOf(run, window)))
			continue;
		const national = digits.slice(prefix);
		const start = prefix === 2 && text[window.start - 1] === '+' ? window.start - 1 : window.start;
		return {
			kind: 'mobile',
			start,
			end: window.end,
			masked: `${national.slice(0, 3)}****${national.slice(7)}`,
			last: window.last,
		};
	}
	return undefined;
}

/** A card number: the longest 15–19-digit window, which must start like a card and pass Luhn. */
function bankCardAt(run: DigitRun, windows: readonly Window[]): NumberMatch | undefined {
	const window = windows.findLast(
		(w) => w.digits.length >= 15 && dotsAreGroupings(separatorsOf(run, w)),
	);
	if (!window) return undefined;
	// Cards issued in China start with 62 (UnionPay), 4, 5, 3 or 9 (old domestic debit cards); order numbers and
	// timestamps start with 1 or 2 (a year), so the prefix keeps them out.
	if (!/^[34569]/.test(window.digits) || !luhnValid(window.digits)) return undefined;
	return {
		kind: 'bankCard',
		start: window.start,
		end: window.end,
		masked: maskMiddle(window.digits, 4, 4),
		last: window.last,
	};
}

/** The numbers in one run, left to right; at each group an ID is tried first, then a mobile, then a card. */
function numbersInRun(text: string, run: DigitRun): NumberMatch[] {
	const found: NumberMatch[] = [];
	for (let first = 0; first < run.starts.length; first++) {
		const windows = windowsFrom(run, first);
		const match =
			idNumberAt(text, run, windows) ?? mobileAt(text, run, windows) ?? bankCardAt(run, windows);
		if (!match) continue;
		found.push(match);
		first = match.last;
	}
	return found;
}

/** Every ID, mobile and card number in the (normalised) text. */
function findNumbers(text: string): NumberMatch[] {
	const found: NumberMatch[] = [];
	for (let i = 0; i < text.length; i++) {
		if (!isDigit(text[i])) continue;
		const run = readRun(text, i);
		for (const match of numbersInRun(text, run)) found.push(match);
		i = run.ends[run.ends.length - 1]!;
	}
	return found;
}

// ---- E-mail addresses ------------------------------------------------------------------------

/** RFC 5321's limits, which also bound how far the scan looks from each `@`. */
const maxLocalPart = 64;
const maxDomain = 253;

const asciiLocalChar = /^[A-Za-z0-9._%+-]$/;
const unicodeWordChar = /^[\p{L}\p{N}\p{M}]$/u;
/** Chinese, Japanese and Korean script: a domain label does not run from Latin into these or back. */
const cjkChar = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]$/u;

/**
 * Chinese top-level domains, longest first: running text often follows a CJK address with no
 * space (`例子.中国请回复`), so a known TLD at the start of the last label ends the address.
 */
const cjkTopLevelDomains = [
	'中文网',
	'我爱你',
	'新加坡',
	'中国',
	'中國',
	'公司',
	'网络',
	'網絡',
	'香港',
	'台湾',
	'台灣',
	'澳门',
	'澳門',
	'在线',
	'网址',
	'网店',
	'商城',
	'商店',
	'集团',
	'手机',
	'政务',
	'信息',
	'企业',
	'娱乐',
	'游戏',
	'移动',
	'联通',
	'世界',
	'购物',
	'机构',
];

/** Documentation names (RFC 2606): `example.com/.org/.net` and the reserved TLDs are examples, not anyone's address. */
const exampleDomain = /(?:^|\.)example\.(?:com|org|net)$|\.(?:example|test|invalid|localhost)$/i;

/** Which kind of script a domain character belongs to; a label keeps to one. */
const scriptOf = (char: string): 'cjk' | 'latin' =>
	char >= '\u0080' && cjkChar.test(char) ? 'cjk' : 'latin';
const isDomainChar = (char: string) => /^[A-Za-z0-9-]$/.test(char) || unicodeWordChar.test(char);

/** Start of the local part ending at `at` (the `@`): letters of one kind, ASCII or not, with `._%+-`. */
function localPartStart(text: string, at: number): number | undefined {
	const last = text[at - 1];
	if (last === undefined) return undefined;
	const ascii = last < '\u0080';
	const accepts = (char: string) =>
		asciiLocalChar.test(char) || (!ascii && unicodeWordChar.test(char));
	let start = at;
	while (start > 0 && at - start < maxLocalPart && accepts(text[start - 1]!)) start--;
	while (start < at && '._%+-'.includes(text[start]!)) start++;
	// `z***@corp.cn` is already masked.
	if (start === at || text[start - 1] === '*') return undefined;
	return start;
}

/** The labels after the `@`: letters and digits (Unicode too), one script kind per label. */
function domainLabels(text: string, from: number): string[] {
	const labels: string[] = [];
	let label = '';
	let labelScript: 'cjk' | 'latin' | undefined;
	for (let i = from; i < text.length && i - from < maxDomain; i++) {
		const char = text[i]!;
		if (char === '.' && label && isDomainChar(text[i + 1] ?? '')) {
			labels.push(label);
			label = '';
			labelScript = undefined;
			continue;
		}
		if (!isDomainChar(char)) break;
		const script = scriptOf(char);
		if (labelScript && script !== labelScript) break;
		labelScript = script;
		label += char;
	}
	if (label) labels.push(label);
	return labels;
}

/** The top-level domain at the start of `label`, if it can be one: letters only, or a Punycode `xn--` label. */
function topLevelDomain(label: string): string | undefined {
	if (/^xn--[a-z0-9-]+$/i.test(label)) return label;
	if (cjkChar.test(label[0] ?? ''))
		return cjkTopLevelDomains.find((tld) => label.startsWith(tld)) ?? label;
	return /^\p{L}{2,}$/u.test(label) ? label : undefined;
}

/** The domain after the `@`, ending at the last label that can be a top-level domain. */
function domainAt(text: string, from: number): string | undefined {
	const labels = domainLabels(text, from);
	while (labels.length >= 2) {
		const tld = topLevelDomain(labels[labels.length - 1]!);
		if (tld) return [...labels.slice(0, -1), tld].join('.');
		labels.pop();
	}
	return undefined;
}

/** Every e-mail address in the (normalised) text, internationalised ones included. */
function findEmails(text: string): Found[] {
	const found: Found[] = [];
	for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
		const start = localPartStart(text, at);
		const domain = start === undefined ? undefined : domainAt(text, at + 1);
		if (start === undefined || !domain || exampleDomain.test(domain)) continue;
		const first = String.fromCodePoint(text.codePointAt(start)!);
		found.push({
			kind: 'email',
			start,
			end: at + 1 + domain.length,
			masked: `${first}***@${domain}`,
		});
	}
	return found;
}

// ---- Together --------------------------------------------------------------------------------

/** Every piece of personal data in `text`, located in the text as written. */
export function findPersonalData(text: string): PersonalDataMatch[] {
	// Most texts hold no digit and no @, full-width ones included: nothing to map back.
	if (!/[0-9@]/.test(text.normalize('NFKC'))) return [];
	const normalised = normaliseWithOffsets(text);
	return [...findNumbers(normalised.text), ...findEmails(normalised.text)]
		.map((match): PersonalDataMatch => {
			const index = normalised.startOf(match.start);
			return {
				kind: match.kind,
				index,
				text: text.slice(index, normalised.endOf(match.end - 1)),
				masked: match.masked,
			};
		})
		.sort((a, b) => a.index - b.index);
}

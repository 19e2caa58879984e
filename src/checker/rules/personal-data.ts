/**
 * Finds personal data a handbook must not publish: mainland ID numbers, mobile numbers,
 * bank card numbers and e-mail addresses. Masked forms (`139****1234`) contain no full run of
 * digits and so never match. Ordinary long numbers (order numbers, dates, timestamps) are not
 * flagged: a card must pass Luhn and start like a card, an ID must hold a real birth date.
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

const idNumberPattern = /(?<![0-9A-Za-z])([1-9]\d{5})[ -]?((?:18|19|20)\d{2})(\d{2})(\d{2})[ -]?(\d{3}[0-9Xx])(?![0-9A-Za-z])/g;
const mobilePattern = /(?<![0-9])(?:\+?86[ -]?)?(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?![0-9])/g;
const cardPattern = /(?<![0-9])\d(?:[ -]?\d){14,18}(?![0-9])/g;
const emailPattern = /(?<![\w.*%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Every number pattern above needs 11 digits in a row (single spaces or hyphens allowed). */
const elevenDigits = /\d(?:[ -]?\d){10}/;

/** Documentation domains (RFC 2606) are examples, not anyone's address. */
const exampleDomains = /@(?:[\w-]+\.)*example\.(?:com|org|net)$/i;

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
	digits.slice(0, keepStart) + stars(digits.length - keepStart - keepEnd) + digits.slice(digits.length - keepEnd);

export function findPersonalData(text: string): PersonalDataMatch[] {
	const found: PersonalDataMatch[] = [];
	const taken: [number, number][] = [];
	const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
	const add = (kind: PersonalDataKind, index: number, match: string, masked: string) => {
		found.push({ kind, index, text: match, masked });
		taken.push([index, index + match.length]);
	};

	// Most texts hold no long number and no @: one cheap scan instead of four.
	const numbers = elevenDigits.test(text);
	const mail = text.includes('@');
	if (!numbers && !mail) return found;
	if (numbers) findNumbers(text, add, overlaps);
	if (mail) {
		for (const m of text.matchAll(emailPattern)) {
			if (exampleDomains.test(m[0])) continue;
			const at = m[0].indexOf('@');
			add('email', m.index, m[0], `${m[0][0]}***${m[0].slice(at)}`);
		}
	}
	return found.sort((a, b) => a.index - b.index);
}

type Add = (kind: PersonalDataKind, index: number, match: string, masked: string) => void;

function findNumbers(text: string, add: Add, overlaps: (start: number, end: number) => boolean): void {
	for (const m of text.matchAll(idNumberPattern)) {
		if (!isRealDate(Number(m[2]), Number(m[3]), Number(m[4]))) continue;
		const digits = m[0].replace(/[ -]/g, '');
		add('idNumber', m.index, m[0], maskMiddle(digits, 3, 4));
	}
	for (const m of text.matchAll(mobilePattern)) {
		if (overlaps(m.index, m.index + m[0].length)) continue;
		add('mobile', m.index, m[0], `${m[1]}****${m[3]}`);
	}
	for (const m of text.matchAll(cardPattern)) {
		if (overlaps(m.index, m.index + m[0].length)) continue;
		const digits = m[0].replace(/[ -]/g, '');
		// Cards issued in China start with 62 (UnionPay), 4, 5, 3 or 9 (old domestic debit cards); order numbers and
		// timestamps start with 1 or 2 (a year), so the prefix keeps them out.
		if (digits.length < 15 || digits.length > 19 || !/^[34569]/.test(digits) || !luhnValid(digits)) continue;
		add('bankCard', m.index, m[0], maskMiddle(digits, 4, 4));
	}
}

/**
 * Validates a content file's bytes before they are decoded: decoding invalid UTF-8 silently
 * puts U+FFFD in the text (and the build then fails somewhere unrelated), a UTF-16 file
 * decodes to noise, and a NUL byte has no place in a text file. One linear pass.
 */

export type EncodingProblem =
	| { kind: 'utf16'; offset: 0; byte: string }
	| { kind: 'invalid'; offset: number; byte: string }
	| { kind: 'nul'; offset: number; byte: '00' };

const hex = (byte: number) => byte.toString(16).toUpperCase().padStart(2, '0');

/** Bytes a UTF-8 sequence starting with `lead` continues with, and the range of its second byte. */
function sequenceOf(lead: number): { length: number; low: number; high: number } | undefined {
	if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, low: 0x80, high: 0xbf };
	if (lead === 0xe0) return { length: 3, low: 0xa0, high: 0xbf }; // no overlong forms
	if (lead === 0xed) return { length: 3, low: 0x80, high: 0x9f }; // no surrogates
	if (lead >= 0xe1 && lead <= 0xef) return { length: 3, low: 0x80, high: 0xbf };
	if (lead === 0xf0) return { length: 4, low: 0x90, high: 0xbf }; // no overlong forms
	if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, low: 0x80, high: 0xbf };
	if (lead === 0xf4) return { length: 4, low: 0x80, high: 0x8f }; // nothing above U+10FFFF
	return undefined;
}

/** The first problem in byte order (well-formed UTF-8 as in Unicode's Table 3-7), if any. */
export function findEncodingProblem(bytes: Uint8Array): EncodingProblem | undefined {
	if (
		bytes.length >= 2 &&
		((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
	) {
		return { kind: 'utf16', offset: 0, byte: `${hex(bytes[0])}${hex(bytes[1])}` };
	}
	let i = 0;
	while (i < bytes.length) {
		const lead = bytes[i]!;
		if (lead === 0) return { kind: 'nul', offset: i, byte: '00' };
		if (lead < 0x80) {
			i++;
			continue;
		}
		const sequence = sequenceOf(lead);
		if (!sequence) return { kind: 'invalid', offset: i, byte: hex(lead) };
		for (let k = 1; k < sequence.length; k++) {
			const next = bytes[i + k];
			const [low, high] = k === 1 ? [sequence.low, sequence.high] : [0x80, 0xbf];
			// The sequence is broken at its lead byte: that is where a decoder puts U+FFFD.
			if (next === undefined || next < low || next > high)
				return { kind: 'invalid', offset: i, byte: hex(lead) };
		}
		i += sequence.length;
	}
	return undefined;
}

/** 1-based line and column (in UTF-16 units, like every other position) of a byte offset. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset; i++) {
		if (bytes[i] === 0x0a) {
			line++;
			lineStart = i + 1;
		}
	}
	// The bytes before the first problem are valid, so this decodes exactly.
	return { line, column: new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1 };
}

/**
 * Text from hostile files (file names, keys, values) printed one problem per line: a line
 * break in it would start a line of its own, which CI runners read as a workflow command
 * (`::error …`), and other control characters can rewrite a terminal. They are shown escaped.
 */

/** C0 and C1 controls and DEL, line and paragraph separators, and bidirectional overrides. */
const controlCharacter = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const controlCharacters = new RegExp(controlCharacter.source, 'gu');

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** True when a name holds a character that must not appear in a file name here. */
export const hasControlCharacter = (text: string): boolean => controlCharacter.test(text);

/** The text with every control character written as an escape (`\n`, `\u001b`). */
export function printable(text: string): string {
	return text.replace(
		controlCharacters,
		(char) => named[char] ?? `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`,
	);
}

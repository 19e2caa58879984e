/**
 * Reads a content file for the checker (Node only) as a hostile pull request may have made
 * it: a symlink (to /dev/zero, to a file outside the project), a device or a FIFO is refused
 * from `lstat` and never opened, a file over 1 MB is refused, and the bytes must be UTF-8
 * without NUL before they are decoded. Each refusal is one problem naming the file.
 */
import { isUtf8 } from 'node:buffer';
import {
	closeSync,
	constants,
	fstatSync,
	lstatSync,
	openSync,
	readSync,
	realpathSync,
	type Stats,
} from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { localized, type Label } from '../../schemas/locales.ts';
import { translatorFor } from '../i18n/translations.ts';
import { bytePosition, findEncodingProblem } from './encoding.ts';
import { ruleOf, type MessageKey } from './messages.ts';
import { hasControlCharacter } from './printable.ts';
import type { Problem } from './problem.ts';

/** No case or guide comes near this; anything larger is a mistake or an attack. */
export const maxContentBytes = 1024 * 1024;

export type ContentRead =
	{ text: string; problem?: undefined } | { text?: undefined; problem: Problem };

type FileKind = 'symlink' | 'fifo' | 'device' | 'socket' | 'directory' | 'special' | 'changed';

/** A kind of file in every language (`fileKind.*` of the translation files): the message shows the reader's. */
const fileKindLabel = (kind: FileKind): Label =>
	localized((lang) => translatorFor(lang, 'check')(`fileKind.${kind}`));

/** What a non-regular file is, in every language, for the message. */
export function specialKind(
	stats: Pick<
		Stats,
		'isSymbolicLink' | 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket' | 'isDirectory'
	>,
): Label {
	if (stats.isSymbolicLink()) return fileKindLabel('symlink');
	if (stats.isFIFO()) return fileKindLabel('fifo');
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return fileKindLabel('device');
	if (stats.isSocket()) return fileKindLabel('socket');
	if (stats.isDirectory()) return fileKindLabel('directory');
	return fileKindLabel('special');
}

/** A problem about a whole file. */
export function fileProblem(
	file: string,
	message: MessageKey,
	params?: Record<string, unknown>,
	position = { line: 0, column: 0 },
): Problem {
	return {
		file,
		...position,
		severity: 'error',
		rule: ruleOf(message),
		field: '',
		message,
		params,
	};
}

/** True when `path` is `root` or below it. */
export const isInside = (root: string, path: string): boolean => {
	const rel = relative(root, path);
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** A reader for one project: remembers which folders were found inside it. */
export function contentReader(root: string): (file: string) => ContentRead {
	const realRoot = realpathSync(root);
	const folderInside = new Map<string, boolean>();
	return (file) => {
		if (hasControlCharacter(file)) return { problem: fileProblem(file, 'file.name') };
		const full = join(root, file);
		if (!isInside(root, full)) return { problem: fileProblem(file, 'file.outside') };
		const stats = lstatSync(full);
		if (!stats.isFile())
			return { problem: fileProblem(file, 'file.unsafe', { kind: specialKind(stats) }) };
		// A folder on the way may itself be a symlink out of the project.
		const folder = dirname(full);
		let inside = folderInside.get(folder);
		if (inside === undefined)
			folderInside.set(folder, (inside = isInside(realRoot, realpathSync(folder))));
		if (!inside) return { problem: fileProblem(file, 'file.outside') };
		if (stats.size > maxContentBytes)
			return {
				problem: fileProblem(file, 'file.size', {
					size: stats.size,
					limit: maxContentBytes,
					limitMb: maxContentBytes / 2 ** 20,
				}),
			};
		const bytes = readRegularFile(full);
		if (!bytes)
			return { problem: fileProblem(file, 'file.unsafe', { kind: fileKindLabel('changed') }) };
		// Node's own validator is the fast path; the scan only runs to say where a problem is.
		const found =
			isUtf8(bytes) &&
			!bytes.includes(0) &&
			!(bytes[0] === 0xff && bytes[1] === 0xfe) &&
			!(bytes[0] === 0xfe && bytes[1] === 0xff)
				? undefined
				: findEncodingProblem(bytes);
		if (!found) return { text: bytes.toString('utf8') };
		const message: MessageKey =
			found.kind === 'utf16' ? 'file.utf16' : found.kind === 'nul' ? 'file.nul' : 'file.encoding';
		return {
			problem: fileProblem(
				file,
				message,
				{ offset: found.offset, byte: found.byte },
				bytePosition(bytes, found.offset),
			),
		};
	};
}

/**
 * The file's bytes, opened without following a symlink and without blocking on a FIFO, and
 * checked again on the open descriptor (the path may have been swapped since `lstat`).
 * Undefined when it is no longer a regular file of at most the limit, or changed while read.
 */
function readRegularFile(full: string): Buffer | undefined {
	let fd: number;
	try {
		fd = openSync(
			full,
			constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0),
		);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ELOOP') return undefined;
		throw error;
	}
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile() || stats.size > maxContentBytes) return undefined;
		// One byte of room tells a file that grew since fstat from one that did not.
		const buffer = Buffer.allocUnsafe(stats.size + 1);
		let length = 0;
		while (length < buffer.length) {
			const read = readSync(fd, buffer, length, buffer.length - length, null);
			if (read === 0) break;
			length += read;
		}
		return length === stats.size ? buffer.subarray(0, length) : undefined;
	} finally {
		closeSync(fd);
	}
}

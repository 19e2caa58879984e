/**
 * Unpacks a plain tar archive (folders and regular files) held in memory: enough for the small
 * archives inside @sparticuz/chromium, without another dependency.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, normalize } from 'node:path';

const blockSize = 512;

function field(header: Buffer, start: number, length: number): string {
	const text = header.subarray(start, start + length).toString('utf8');
	const end = text.indexOf('\0');
	return end === -1 ? text : text.slice(0, end);
}

export function untar(archive: Buffer, into: string): void {
	let offset = 0;
	while (offset + blockSize <= archive.length) {
		const header = archive.subarray(offset, offset + blockSize);
		if (header.every((byte) => byte === 0)) break;
		const prefix = field(header, 345, 155);
		const name = normalize(prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
		const size = parseInt(field(header, 124, 12).trim() || '0', 8);
		const mode = parseInt(field(header, 100, 8).trim() || '644', 8);
		const type = field(header, 156, 1) || '0';
		if (isAbsolute(name) || name.split('/').includes('..'))
			throw new Error(`tar entry outside the target folder: ${name}`);
		const body = archive.subarray(offset + blockSize, offset + blockSize + size);
		if (type === '5') mkdirSync(join(into, name), { recursive: true });
		else if (type === '0') {
			mkdirSync(join(into, name, '..'), { recursive: true });
			writeFileSync(join(into, name), body, { mode: mode & 0o777 });
		} else throw new Error(`tar entry of unsupported type ${type}: ${name}`);
		offset += blockSize + Math.ceil(size / blockSize) * blockSize;
	}
}

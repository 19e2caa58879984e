/**
 * The downloadable QR PNG (src/lib/qr.ts writes it without the library's slow PNG path): every
 * chunk's checksum right, and its pixels decode to the link. (tests/e2e/case-sets.test.ts has a
 * browser decode the built file too.)
 */
import { crc32, inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrPng } from '../../src/lib/qr.ts';

/** A 1-bit grey, unfiltered PNG as RGBA pixels; throws on a bad signature or checksum. */
function readPng(png: Buffer) {
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const chunks = new Map<string, Buffer>();
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		const type = png.toString('ascii', at + 4, at + 8);
		const body = png.subarray(at + 8, at + 8 + length);
		expect(png.readUInt32BE(at + 8 + length), type).toBe(
			crc32(png.subarray(at + 4, at + 8 + length)),
		);
		chunks.set(type, body);
		at += 12 + length;
	}
	const header = chunks.get('IHDR')!;
	const width = header.readUInt32BE(0);
	const height = header.readUInt32BE(4);
	expect([...header.subarray(8)]).toEqual([1, 0, 0, 0, 0]);
	expect(chunks.has('IEND')).toBe(true);
	const raw = inflateSync(chunks.get('IDAT')!);
	const rowBytes = 1 + Math.ceil(width / 8);
	const rgba = new Uint8ClampedArray(width * height * 4);
	for (let y = 0; y < height; y++) {
		expect(raw[y * rowBytes]).toBe(0);
		for (let x = 0; x < width; x++) {
			const white = (raw[y * rowBytes + 1 + (x >> 3)]! >> (7 - (x & 7))) & 1;
			rgba.fill(white ? 255 : 0, (y * width + x) * 4, (y * width + x) * 4 + 3);
			rgba[(y * width + x) * 4 + 3] = 255;
		}
	}
	return { width, height, rgba };
}

describe('QR code PNG', () => {
	it.each([
		'http://localhost:4321/c/gold-card-lounge',
		'https://handbook.example.com/training/s/leaving-customers',
	])('decodes to %s, 8 pixels a module with a 2-module margin', (text) => {
		const { width, height, rgba } = readPng(qrPng(text));
		expect(width).toBe(height);
		// A version v code is 17 + 4v modules wide, plus the two margins.
		expect(((width / 8 - 4 - 17) / 4) % 1).toBe(0);
		expect(jsQR(rgba, width, height)?.data).toBe(text);
	});
});

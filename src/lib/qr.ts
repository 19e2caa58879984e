/**
 * QR codes made at build time: inline SVG for pages (no script, no request) and SVG and PNG
 * files (src/integrations/case-files.ts). A case's code appears on four pages (its page and its
 * slides, in both languages) and in two files with the same URL, so each is encoded once: at
 * 10,000 cases that saves 50,000 encodings (≈1.3 ms each) for ≈3 KB of memory per case.
 */
import { crc32, deflateSync } from 'node:zlib';
import QRCode from 'qrcode';
// The library's own SVG writer, given a code made once (its toString encodes the text again).
import svgTag from 'qrcode/lib/renderer/svg-tag.js';

interface MadeCode {
	modules: QRCode.BitMatrix;
	svg?: string;
}

/**
 * Codes made in this process, by text. Kept on the global object so that the pages (bundled by
 * Vite) and the build's integrations (loaded with the config), two copies of this module, share it.
 */
const made: Map<string, MadeCode> = ((globalThis as Record<symbol, unknown>)[
	Symbol.for('mot-handbook.qr-codes')
] ??= new Map<string, MadeCode>()) as Map<string, MadeCode>;

function qrCode(text: string): MadeCode {
	let code = made.get(text);
	if (!code) {
		code = { modules: QRCode.create(text, { errorCorrectionLevel: 'M' }).modules };
		made.set(text, code);
	}
	return code;
}

/** The code of `text` as an `<svg>` element with a 2-module margin and no size (CSS sizes it). */
export function qrSvg(text: string): string {
	const code = qrCode(text);
	code.svg ??= svgTag
		.render({ modules: code.modules }, { margin: 2, color: { dark: '#000000', light: '#ffffff' } })
		.trim();
	return code.svg;
}

/**
 * The same code as a PNG (for slide tools that do not take SVG), 8 pixels a module with the SVG's
 * 2-module margin: a 1-bit grey image deflated by zlib. The library's PNG (RGBA through pngjs)
 * took 80-150 ms a code on a busy machine, and a handbook has one per case; this takes about a
 * tenth of that, mostly the encoding the SVG needs too.
 */
export function qrPng(text: string, scale = 8, margin = 2): Buffer {
	const { size, data } = qrCode(text).modules;
	const width = (size + 2 * margin) * scale;
	const rowBytes = 1 + Math.ceil(width / 8);
	// Every row starts with filter type 0; a set bit is white, the background and margin.
	const raw = Buffer.alloc(rowBytes * width, 0xff);
	for (let y = 0; y < width; y++) {
		raw[y * rowBytes] = 0;
		const moduleY = Math.floor(y / scale) - margin;
		if (moduleY < 0 || moduleY >= size) continue;
		for (let x = 0; x < width; x++) {
			const moduleX = Math.floor(x / scale) - margin;
			if (moduleX < 0 || moduleX >= size || !data[moduleY * size + moduleX]) continue;
			raw[y * rowBytes + 1 + (x >> 3)]! &= ~(0x80 >> (x & 7));
		}
	}
	const chunk = (type: string, body: Buffer) => {
		const head = Buffer.alloc(8);
		head.writeUInt32BE(body.length, 0);
		head.write(type, 4, 'ascii');
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
		return Buffer.concat([head, body, crc]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(width, 4);
	// Bit depth 1, colour type 0 (grey), deflate, adaptive filtering, no interlace.
	header.set([1, 0, 0, 0, 0], 8);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

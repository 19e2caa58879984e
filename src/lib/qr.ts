/**
 * QR codes as inline SVG, made at build time (no script, no request). A case's code appears on
 * four pages (its page and its slides, in both languages) with the same URL, so each is made
 * once: at 10,000 cases that saves 30,000 encodings (≈1.3 ms each) for ≈2 KB of memory per case.
 */
import { crc32, deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

const made = new Map<string, Promise<string>>();

export function qrSvg(text: string): Promise<string> {
	let svg = made.get(text);
	if (!svg) {
		svg = QRCode.toString(text, {
			type: 'svg',
			errorCorrectionLevel: 'M',
			margin: 2,
			color: { dark: '#000000', light: '#ffffff' },
		})
			// The library's own XML prolog and fixed size are dropped; CSS sizes it.
			.then((raw) => raw.replace(/<\?xml[^>]*>/, '').replace(/\s(width|height)="[^"]*"/g, ''));
		made.set(text, svg);
	}
	return svg;
}

/**
 * The same code as a PNG (for slide tools that do not take SVG), 8 pixels a module with the SVG's
 * 2-module margin: a 1-bit grey image deflated by zlib. The library's PNG (RGBA through pngjs)
 * took 80-150 ms a code on a busy machine, and a handbook has one per case; this takes about a
 * tenth of that, mostly the encoding the SVG needs too.
 */
export function qrPng(text: string, scale = 8, margin = 2): Buffer {
	const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
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

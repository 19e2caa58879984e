/** The QR code files (`<id>.svg`, `<id>.png`): their static routes, their content and responses. */
import { qrPng, qrSvg } from './qr.ts';

export type QrFormat = 'svg' | 'png';
export const qrFormats: readonly QrFormat[] = ['svg', 'png'];

export const qrFilePaths = (ids: readonly string[]) =>
	ids.flatMap((id) =>
		qrFormats.map((format) => ({
			params: { file: `${id}.${format}` },
			props: { id, format },
		})),
	);

/** The file of a code of `text`: a PNG, or a standalone SVG (with a size, for slide tools). */
export async function qrFile(
	text: string,
	format: QrFormat,
): Promise<string | Uint8Array<ArrayBuffer>> {
	if (format === 'png') return new Uint8Array(qrPng(text));
	return `<?xml version="1.0" encoding="UTF-8"?>\n${qrSvg(text).replace('<svg', '<svg width="400" height="400"')}`;
}

export async function qrFileResponse(text: string, format: QrFormat): Promise<Response> {
	const type = format === 'png' ? 'image/png' : 'image/svg+xml';
	return new Response(await qrFile(text, format), { headers: { 'content-type': type } });
}

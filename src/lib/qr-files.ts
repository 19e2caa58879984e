/** The static routes of the QR code files (`<id>.svg`, `<id>.png`) and their responses. */
import { qrPng, qrSvg } from './qr.ts';

export type QrFormat = 'svg' | 'png';

export const qrFilePaths = (ids: readonly string[]) =>
	ids.flatMap((id) =>
		(['svg', 'png'] as const).map((format) => ({
			params: { file: `${id}.${format}` },
			props: { id, format },
		})),
	);

export async function qrFileResponse(text: string, format: QrFormat): Promise<Response> {
	if (format === 'png')
		return new Response(new Uint8Array(await qrPng(text)), {
			headers: { 'content-type': 'image/png' },
		});
	const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${(await qrSvg(text)).replace('<svg', '<svg width="400" height="400"')}`;
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}

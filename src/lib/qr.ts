/** QR codes as inline SVG, made at build time (no script, no request). */
import QRCode from 'qrcode';

export async function qrSvg(text: string): Promise<string> {
	const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
	// The library's own XML prolog and fixed size are dropped; CSS sizes it.
	return svg.replace(/<\?xml[^>]*>/, '').replace(/\s(width|height)="[^"]*"/g, '');
}

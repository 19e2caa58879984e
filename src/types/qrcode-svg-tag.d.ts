/** `qrcode`'s SVG writer (lib/renderer/svg-tag.js), which its typings do not describe. */
declare module 'qrcode/lib/renderer/svg-tag.js' {
	import type { QRCodeRenderersOptions, BitMatrix } from 'qrcode';
	const svgTag: {
		/** The `<svg>` of a code made by `QRCode.create`. */
		render(code: { modules: BitMatrix }, options?: QRCodeRenderersOptions): string;
	};
	export default svgTag;
}

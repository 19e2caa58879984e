/** `/qr/s/<id>.svg` and `.png`: a case set's short-link QR code as a file to download (made at build). */
import type { APIRoute } from 'astro';
import { allSets } from '../../../lib/case-sets.ts';
import { qrFileResponse, qrFilePaths } from '../../../lib/qr-files.ts';
import { siteConfig, urls } from '../../../config/site.ts';

export async function getStaticPaths() {
	return qrFilePaths((await allSets()).map((set) => set.id));
}
export const GET: APIRoute = ({ props }) =>
	qrFileResponse(new URL(urls.setShortUrl(props.id), siteConfig.url).href, props.format);

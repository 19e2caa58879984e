/**
 * `/qr/c/<id>.svg` and `.png` in `astro dev`: a case's short-link QR code as a file to download.
 * A build writes these files itself (../case-files.ts); this route exists only in dev.
 */
import type { APIRoute } from 'astro';
import { allCases } from '../../lib/content.ts';
import { qrFileResponse, qrFilePaths } from '../../lib/qr-files.ts';
import { siteConfig, urls } from '../../config/site.ts';

export async function getStaticPaths() {
	return qrFilePaths((await allCases()).map((entry) => entry.id));
}
export const GET: APIRoute = ({ props }) =>
	qrFileResponse(new URL(urls.shortUrl(props.id), siteConfig.url).href, props.format);

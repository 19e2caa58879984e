/** `/qr/s/<id>.svg` and `.png`: a case set's short-link QR code as a file to download (made at build). */
import type { APIRoute } from 'astro';
import { allSets } from '../../../lib/case-sets.ts';
import { qrFileResponse, qrFilePaths } from '../../../lib/qr-files.ts';
import { siteConfig, urls } from '../../../config/site.ts';
import { cacheKey } from '../../../lib/cache-keys-fs.ts';

export async function getStaticPaths() {
	// A code shows only its short link: the id and the site's address (in every key).
	return qrFilePaths((await allSets()).map((set) => set.id)).map((path) => ({
		...path,
		cacheKey: cacheKey(path.params.file),
	}));
}
export const GET: APIRoute = ({ props }) =>
	qrFileResponse(new URL(urls.setShortUrl(props.id), siteConfig.url).href, props.format);

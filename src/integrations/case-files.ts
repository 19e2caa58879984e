/**
 * Files each case publishes besides its pages, written straight into the output by the build:
 * its QR code as SVG and PNG (`/qr/c/<id>.svg|png`) and its source for the authoring form
 * (`/author/source/<id>.mdx`). As Astro routes, each file cost a rendering, a log line and two
 * writes (the output and the incremental build's copy): at 1,000 cases these 3,000 files made a
 * cold build about a quarter slower (36.5 s against 28.4 s, three interleaved runs). Only files
 * whose input changed are written, so a rebuild writes one case's. In `astro dev` two routes
 * (case-files-dev/) serve the same files. Node only.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentReader } from '../checker/content-file-fs.ts';
import { createUrls, type Urls } from '../lib/urls.ts';
import { qrFile, qrFormats } from '../lib/qr-files.ts';
import type { Locale } from '../i18n/ui.ts';
import { readBuildCheck } from './build-check.ts';
import { ownOutputFolder, writeOwnedFiles, type OwnedFile } from './owned-output.ts';

/** A published case as its files need it. */
interface PublishedCase {
	id: string;
	/** Its file, from the project root. */
	file: string;
}

/** The output folder (from the site's base) a URL of `urls` names, and its file name. */
function outputPath(url: string, base: string): { folder: string; name: string } {
	const path = decodeURIComponent(url.slice(base.length));
	const slash = path.lastIndexOf('/');
	return { folder: path.slice(0, slash), name: path.slice(slash + 1) };
}

export function caseFiles(options: { defaultLang: Locale }): AstroIntegration {
	let root = '';
	let site = '';
	let cacheDir = '';
	let urls: Urls;
	let cases: PublishedCase[] = [];
	const folders = () => ({
		qr: outputPath(urls.qrFile('c', 'x', 'svg'), urls.base).folder,
		source: outputPath(urls.caseSource('x'), urls.base).folder,
	});
	return {
		name: 'mot-case-files',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command !== 'dev') return;
				injectRoute({
					pattern: '/qr/c/[file]',
					entrypoint: new URL('./case-files-dev/qr-file.ts', import.meta.url),
				});
				injectRoute({
					pattern: '/author/source/[id].mdx',
					entrypoint: new URL('./case-files-dev/source-file.ts', import.meta.url),
				});
			},
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				site = config.site ?? 'http://localhost:4321';
				cacheDir = join(fileURLToPath(config.cacheDir), 'case-files');
				urls = createUrls(config.base, options.defaultLang);
				for (const folder of Object.values(folders())) ownOutputFolder(folder);
			},
			'astro:build:start': () => {
				cases = readBuildCheck(root).cases.map((c) => ({ id: String(c.data.id), file: c.file }));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const start = performance.now();
				const qr = new Map<string, OwnedFile>();
				const source = new Map<string, OwnedFile>();
				const read = contentReader(root);
				for (const { id, file } of cases) {
					// A code shows only its short link: made again when that (id, site address) changes.
					const text = new URL(urls.shortUrl(id), site).href;
					for (const format of qrFormats)
						qr.set(outputPath(urls.qrFile('c', id, format), urls.base).name, {
							key: text,
							make: () => qrFile(text, format),
						});
					// Read now (the check read it too): the file exactly as it is in the repository.
					const { text: sourceText, problem } = read(file);
					if (sourceText === undefined)
						throw new Error(`cannot publish the source of ${file}: ${problem?.message}`);
					source.set(outputPath(urls.caseSource(id), urls.base).name, {
						key: createHash('sha256').update(sourceText).digest('base64url'),
						make: () => sourceText,
					});
				}
				const { qr: qrFolder, source: sourceFolder } = folders();
				const manifest = (name: string) => join(cacheDir, `${name}.json`);
				const codes = await writeOwnedFiles(outDir, qrFolder, qr, manifest('qr'));
				const sources = await writeOwnedFiles(outDir, sourceFolder, source, manifest('source'));
				logger.info(
					`${cases.length} cases: QR files ${codes.written} written, ${codes.kept} kept; sources ${sources.written} written, ${sources.kept} kept (${Math.round(performance.now() - start)} ms)`,
				);
				cases = [];
			},
		},
	};
}

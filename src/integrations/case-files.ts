/**
 * Files each case publishes besides its pages, written straight into the output by the build:
 * its QR code as SVG and PNG (`/qr/c/<id>.svg|png`), its source for the authoring form
 * (`/author/source/<id>.mdx`) and its short links (`/c/<id>/`, `/c/<former id>/`). As Astro
 * routes, each file cost a rendering, a log line and two writes (the output and the incremental
 * build's copy): at 1,000 cases these 4,000 files made a cold build about a tenth slower. Only
 * files whose input changed are written, so a rebuild writes one case's. In `astro dev`
 * injected routes (case-files-dev/) serve the same files. Node only.
 */
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentReader } from '../checker/content-file-fs.ts';
import { htmlLang, useTranslations, type Locale } from '../i18n/ui.ts';
import { qrFile, qrFormats } from '../lib/qr-files.ts';
import { redirectPage } from '../lib/redirect-page.ts';
import { createUrls, type Urls } from '../lib/urls.ts';
import { readBuildCheck } from './build-check.ts';
import { ownOutputFolder, writeOwnedFiles, type OwnedFile } from './owned-output.ts';

/** A published case as its files need it. */
interface PublishedCase {
	id: string;
	/** Its file, from the project root. */
	file: string;
	title: string;
	aliases: string[];
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** The three folders, each the folder of one kind of URL (with the base taken off). */
function caseFileFolders(urls: Urls) {
	const inside = (url: string) => decodeURIComponent(url.slice(urls.base.length));
	const folder = (url: string) => dirname(inside(url));
	const folders = {
		qr: folder(urls.qrFile('c', 'x', 'svg')),
		source: folder(urls.caseSource('x')),
		shortLink: folder(urls.shortUrl('x')),
	};
	/** Where a URL's file is inside its folder: `a.svg`, `a/index.html` for a page. */
	const path = (kind: keyof typeof folders, url: string) =>
		inside(url).slice(folders[kind].length + 1) + (kind === 'shortLink' ? '/index.html' : '');
	return { folders, path };
}

export function caseFiles(options: { defaultLang: Locale }): AstroIntegration {
	const lang = options.defaultLang;
	let root = '';
	let site = '';
	let cacheDir = '';
	let urls: Urls;
	let cases: PublishedCase[] = [];
	return {
		name: 'mot-case-files',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command !== 'dev') return;
				const route = (pattern: string, file: string) =>
					injectRoute({
						pattern,
						entrypoint: new URL(`./case-files-dev/${file}`, import.meta.url),
					});
				route('/qr/c/[file]', 'qr-file.ts');
				route('/author/source/[id].mdx', 'source-file.ts');
				route('/c/[id]', 'short-link.astro');
			},
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				site = config.site ?? 'http://localhost:4321';
				cacheDir = join(fileURLToPath(config.cacheDir), 'case-files');
				urls = createUrls(config.base, lang);
				for (const folder of Object.values(caseFileFolders(urls).folders)) ownOutputFolder(folder);
			},
			'astro:build:start': () => {
				cases = readBuildCheck(root).cases.map(({ file, data }) => ({
					id: String(data.id),
					file,
					title: data.title,
					aliases: data.aliases ?? [],
				}));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const start = performance.now();
				const { folders, path } = caseFileFolders(urls);
				const files = { qr: new Map(), source: new Map(), shortLink: new Map() } satisfies Record<
					keyof typeof folders,
					Map<string, OwnedFile>
				>;
				const read = contentReader(root);
				const moved = useTranslations(lang)('redirect.moved');
				for (const { id, file, title, aliases } of cases) {
					// A code shows only its short link: made again when that (id, site address) changes.
					const short = new URL(urls.shortUrl(id), site).href;
					for (const format of qrFormats)
						files.qr.set(path('qr', urls.qrFile('c', id, format)), {
							key: short,
							make: () => qrFile(short, format),
						});
					// The file exactly as it is in the repository (read again: the check keeps no text).
					const { text, problem } = read(file);
					if (text === undefined)
						throw new Error(`cannot publish the source of ${file}: ${problem?.message}`);
					files.source.set(path('source', urls.caseSource(id)), {
						key: digest(text),
						make: () => text,
					});
					const to = urls.caseUrl(id, lang);
					const html = redirectPage({
						lang: htmlLang[lang],
						to,
						canonical: new URL(to, site).href,
						title,
						moved,
						script: urls.asset('redirect.js'),
					});
					for (const name of [id, ...aliases])
						files.shortLink.set(path('shortLink', urls.shortUrl(name)), {
							key: digest(html),
							make: () => html,
						});
				}
				const outDir = fileURLToPath(dir);
				let written = 0;
				let kept = 0;
				for (const kind of Object.keys(folders) as (keyof typeof folders)[]) {
					const manifest = join(cacheDir, `${kind}.json`);
					const report = await writeOwnedFiles(outDir, folders[kind], files[kind], manifest);
					written += report.written;
					kept += report.kept;
				}
				logger.info(
					`${cases.length} cases: ${written} files written, ${kept} kept (QR codes, sources, short links) in ${Math.round(performance.now() - start)} ms`,
				);
				cases = [];
			},
		},
	};
}

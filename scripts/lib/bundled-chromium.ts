/**
 * The Chromium inside the npm package @sparticuz/chromium (a devDependency: the binary ships
 * in the package, nothing is downloaded), unpacked once per version into node_modules/.cache
 * with the libraries it links (NSS, expat), so a machine without a system Chromium still runs
 * the browser tests. The package's own executablePath() is not used: it unpacks into a fixed
 * /tmp/chromium that every project and version on the machine shares.
 */
import {
	createReadStream,
	createWriteStream,
	existsSync,
	mkdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';
import { untar } from './untar.ts';

export const bundledPackageName = '@sparticuz/chromium';

export interface BundledChromiumPackage {
	/** The package's folder in node_modules. */
	dir: string;
	version: string;
	/** Where its binary is (or will be) unpacked. */
	cacheDir: string;
}

export interface UnpackedChromium {
	executable: string;
	/** The libraries the binary links, for LD_LIBRARY_PATH. */
	libDir: string;
	/** A fontconfig file naming the system's font folders and the package's Open Sans, for machines without fontconfig's own. */
	fontconfigFile: string;
}

/** The installed package, or why there is none (Node's lookup: node_modules folders upwards). */
export function findBundledChromium(): BundledChromiumPackage | { missing: string } {
	if (process.platform !== 'linux' || process.arch !== 'x64')
		return {
			missing: `${bundledPackageName} ships Chromium for Linux x64 only (this is ${process.platform} ${process.arch})`,
		};
	for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
		const packageDir = join(dir, 'node_modules', bundledPackageName);
		if (existsSync(join(packageDir, 'bin/chromium.br'))) {
			const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
				version: string;
			};
			return {
				dir: packageDir,
				version,
				cacheDir: join(dir, 'node_modules/.cache/mot-bundled-chromium', version),
			};
		}
		if (dirname(dir) === dir) break;
	}
	return { missing: `${bundledPackageName} is not installed (run npm install)` };
}

function unpackedPaths(cacheDir: string): UnpackedChromium {
	return {
		executable: join(cacheDir, 'chromium'),
		libDir: join(cacheDir, 'lib'),
		fontconfigFile: join(cacheDir, 'fonts.conf'),
	};
}

const unpacking = new Map<string, Promise<UnpackedChromium>>();

/**
 * Unpacks the binary (about 200 MB, a few seconds) unless an earlier run did. Each run unpacks
 * into its own folder and renames it into place, so runs in parallel never see half a binary.
 */
export function unpackBundledChromium(bundled: BundledChromiumPackage): Promise<UnpackedChromium> {
	const paths = unpackedPaths(bundled.cacheDir);
	if (existsSync(bundled.cacheDir)) return Promise.resolve(paths);
	const pending =
		unpacking.get(bundled.cacheDir) ??
		(async () => {
			const partial = `${bundled.cacheDir}.partial-${process.pid}`;
			rmSync(partial, { recursive: true, force: true });
			mkdirSync(partial, { recursive: true });
			try {
				await pipeline(
					createReadStream(join(bundled.dir, 'bin/chromium.br')),
					createBrotliDecompress(),
					createWriteStream(join(partial, 'chromium'), { mode: 0o755 }),
				);
				for (const archive of ['al2023.tar.br', 'fonts.tar.br'])
					untar(brotliDecompressSync(readFileSync(join(bundled.dir, 'bin', archive))), partial);
				// The package's fonts.conf names Lambda's folders; this one names the usual ones and ours.
				const dirs = [
					'/usr/share/fonts',
					'/usr/local/share/fonts',
					'~/.fonts',
					join(bundled.cacheDir, 'fonts'),
				];
				writeFileSync(
					join(partial, 'fonts.conf'),
					`<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${dirs.map((dir) => `  <dir>${dir}</dir>\n`).join('')}  <cachedir>${join(bundled.cacheDir, 'fontconfig-cache')}</cachedir>\n</fontconfig>\n`,
				);
				renameSync(partial, bundled.cacheDir);
			} catch (error) {
				rmSync(partial, { recursive: true, force: true });
				// Another run finished first: use its copy.
				if (!existsSync(bundled.cacheDir)) throw error;
			}
			return paths;
		})();
	unpacking.set(bundled.cacheDir, pending);
	return pending;
}

/**
 * The checker's own version for its cache (Node only): a digest of every source file the
 * single-file check runs, found by following imports from its entry points, with the versions of
 * the packages they import and the Node that runs them. Any code change gives another digest,
 * so a kept result is never reused by different code.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ImportType, initSync, parse } from 'es-module-lexer';
import { enclosingNodeModules } from './node-modules-fs.ts';

/** Where the single-file results come from (the rules, the MDX parser as built, the cache's own format), from the project. */
export const checkerEntryPoints = [
	'src/checker/check.ts',
	'src/checker/node/parse-mdx.ts',
	'src/checker/check-cache-fs.ts',
];

/** The package a bare import names (`astro/zod` → astro) with its version, and npm's record of its folder's installed tree. */
function packageOf(specifier: string, importer: string): { name: string; lockfile?: string } {
	const path = findPackageJSON(specifier, pathToFileURL(importer));
	if (!path) return { name: `${specifier}@?` };
	const { name, version } = JSON.parse(readFileSync(path, 'utf8')) as {
		name?: string;
		version?: string;
	};
	const folder = enclosingNodeModules(dirname(path));
	const lockfile = folder && join(folder, '.package-lock.json');
	return {
		name: `${name}@${version}`,
		lockfile: lockfile && existsSync(lockfile) ? lockfile : undefined,
	};
}

let computed: string | undefined;

/** The checker's version, computed once per process. */
export function checkerVersion(): string | undefined {
	const base = fileURLToPath(new URL('../..', import.meta.url));
	computed ??= codeVersion(
		checkerEntryPoints.map((file) => join(base, file)),
		base,
	);
	return computed;
}

/**
 * Digest of the files `entries` import, directly or not, the packages they import and the Node
 * that runs them; files are named from `base`, so copies of one project's code have one version.
 * Undefined when an import could not be followed.
 */
export function codeVersion(entries: readonly string[], base: string): string | undefined {
	initSync();
	const hash = createHash('sha256').update(`node ${process.version}\n`);
	const seen = new Set<string>();
	const packages = new Set<string>();
	const lockfiles = new Set<string>();
	const queue = [...entries];
	while (queue.length) {
		const file = queue.shift()!;
		if (seen.has(file)) continue;
		seen.add(file);
		let text: string;
		let imports: readonly { n: string | undefined; t: ImportType }[];
		try {
			text = readFileSync(file, 'utf8');
			[imports] = parse(text, file);
		} catch {
			return undefined;
		}
		hash.update(`${relative(base, file)}\n${text.length}\n`).update(text);
		for (const { n: specifier, t: type } of imports) {
			if (type === ImportType.ImportMeta) continue;
			// A dynamic import of a computed name cannot be followed: no safe version.
			if (specifier === undefined) return undefined;
			if (specifier.startsWith('node:')) continue;
			if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
			else {
				// A dependency of a dependency changes npm's record of the installed tree.
				const found = packageOf(specifier, file);
				packages.add(found.name);
				if (found.lockfile) lockfiles.add(found.lockfile);
			}
		}
	}
	hash.update([...packages].sort().join('\n'));
	for (const lockfile of [...lockfiles].sort()) hash.update(readFileSync(lockfile));
	return hash.digest('hex');
}

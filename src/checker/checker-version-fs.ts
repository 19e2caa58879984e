/**
 * The checker's own version for its cache (Node only): a digest of every source file the
 * single-file check runs, found by following imports from its entry points, with the versions of
 * the packages they import and the Node that runs them. Any code change gives another digest,
 * so a kept result is never reused by different code.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ImportType, initSync, parse } from 'es-module-lexer';

/** Where the single-file results come from: the rules, the MDX parser as built, the cache's own format. */
const entryPoints = ['./check.ts', './node/parse-mdx.ts', './check-cache-fs.ts'].map((path) =>
	fileURLToPath(new URL(path, import.meta.url)),
);

/** The package a bare import names (`astro/zod` → astro) with its version, and npm's record of its folder's installed tree. */
function packageOf(specifier: string, importer: string): { name: string; lockfile?: string } {
	const path = findPackageJSON(specifier, pathToFileURL(importer));
	if (!path) return { name: `${specifier}@?` };
	const { name, version } = JSON.parse(readFileSync(path, 'utf8')) as {
		name?: string;
		version?: string;
	};
	let folder = dirname(path);
	while (basename(folder) !== 'node_modules' && dirname(folder) !== folder)
		folder = dirname(folder);
	const lockfile = join(folder, '.package-lock.json');
	return { name: `${name}@${version}`, lockfile: existsSync(lockfile) ? lockfile : undefined };
}

const projectCode = fileURLToPath(new URL('../..', import.meta.url));

let computed: string | undefined;

/** Digest of the checker's code, dependencies and Node; undefined when an import could not be followed. */
export function checkerVersion(): string | undefined {
	if (computed) return computed;
	initSync();
	const hash = createHash('sha256').update(`node ${process.version}\n`);
	const seen = new Set<string>();
	const packages = new Set<string>();
	const lockfiles = new Set<string>();
	const queue = [...entryPoints];
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
		// Named from the project, so every copy of one project's code has one version.
		hash.update(`${relative(projectCode, file)}\n${text.length}\n`).update(text);
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
	computed = hash.digest('hex');
	return computed;
}

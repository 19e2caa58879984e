/**
 * Where code runs shows in the layout: browser code lives in `src/client/`, Node-only modules
 * end in `-fs.ts` or sit in a `node/` folder, and build hooks in `src/integrations/`. This
 * bundles every browser entry the way a browser gets it and fails if the import graph reaches
 * any Node-only module or a Node built-in.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const clientDir = join(root, 'src/client');

const clientEntries = (readdirSync(clientDir, { recursive: true }) as string[])
	.filter((file) => file.endsWith('.ts'))
	.map((file) => join(clientDir, file));

/** A module only Node can run: by its name, its folder, or a `node:` specifier. */
export const isNodeOnly = (path: string) =>
	path.startsWith('node:') ||
	/-fs\.ts$/.test(path) ||
	path.split('/').includes('node') ||
	path.includes('src/integrations/');

/** Records `node:` imports instead of failing on them, so the test can name them. */
const nodeBuiltins: Plugin = {
	name: 'node-builtins',
	setup(b) {
		b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, external: true }));
		// Astro's virtual modules are resolved by Vite; none of them is Node-only on the client.
		b.onResolve({ filter: /^astro:/ }, (args) => ({ path: args.path, external: true }));
	},
};

describe('browser code cannot reach Node-only modules', () => {
	it('finds the browser entries', () => {
		expect(clientEntries.map((file) => relative(root, file))).toContain('src/client/enhance.ts');
	});

	it('no browser entry imports a -fs.ts module, a node/ folder, an integration or a node: built-in', async () => {
		const result = await build({
			entryPoints: clientEntries,
			bundle: true,
			write: false,
			outdir: '/tmp/client-boundary',
			platform: 'browser',
			format: 'esm',
			metafile: true,
			logLevel: 'silent',
			plugins: [nodeBuiltins],
		});
		const reached = new Set<string>();
		for (const [input, info] of Object.entries(result.metafile.inputs)) {
			reached.add(input);
			for (const imported of info.imports) reached.add(imported.path);
		}
		const nodeOnly = [...reached].filter(isNodeOnly).map((path) => relative(root, path) || path);
		expect(nodeOnly).toEqual([]);
		// The walk really covered the form's checker, which sits beside Node-only siblings.
		expect([...reached].some((path) => path.endsWith('src/checker/check.ts'))).toBe(true);
		// Bundling every entry takes a few seconds, more on a busy machine.
	}, 60_000);

	it('the rule recognises each kind of Node-only module', () => {
		expect(isNodeOnly('node:fs')).toBe(true);
		expect(isNodeOnly('src/checker/project-fs.ts')).toBe(true);
		expect(isNodeOnly('src/checker/node/parse-mdx.ts')).toBe(true);
		expect(isNodeOnly('src/integrations/offline.ts')).toBe(true);
		expect(isNodeOnly('src/checker/check.ts')).toBe(false);
	});
});

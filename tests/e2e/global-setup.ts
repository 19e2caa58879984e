/**
 * Builds the sample handbook once for every browser test, in a temp copy of the project so
 * `dist/` and `content/` stay untouched, and serves it on loopback.
 */
import type { TestProject } from 'vitest/node';
import { createTempProject } from '../helpers/temp-project.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The built sample site: its folder on disk and the URL it is served at. */
		site: { root: string; dist: string; url: string };
	}
}

export default async function setup(project: TestProject) {
	const temp = createTempProject({}, { site: true, samples: true });
	const build = temp.run(`${temp.root}/node_modules/astro/bin/astro.mjs`, ['build']);
	if (build.code !== 0)
		throw new Error(`building the sample site failed:\n${build.stdout}\n${build.stderr}`);
	const server = await serveStatic(`${temp.root}/dist`, '/');
	project.provide('site', { root: temp.root, dist: `${temp.root}/dist`, url: server.url });
	return async () => {
		await server.close();
		temp.dispose();
	};
}

/**
 * Wraps a glob loader so that its `.mdx` entries are rendered to HTML when content is synced
 * (src/lib/case-body-html.ts), like `.md` entries, instead of becoming one MDX module each in
 * the build. The HTML lives in the content store (`.cache/astro/`), so a rebuild renders only
 * the bodies whose file, or the renderer, changed. A body that cannot be rendered fails the sync.
 */
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { bodyHtml, bodyHtmlVersion } from './case-body-html.ts';
import type { Urls } from './urls.ts';

/** Astro hands file loaders the entry types by extension; the public LoaderContext type leaves it out. */
type FileLoaderContext = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

export function staticBodies(loader: Loader, urls: Urls): Loader {
	return {
		name: `static-bodies(${loader.name})`,
		async load(loaderContext) {
			const context = loaderContext as FileLoaderContext;
			const version = bodyHtmlVersion(urls);
			const failures: string[] = [];
			const render: ContentEntryType['getRenderFunction'] = async () => async (entry) => {
				try {
					const { html, byLang } = bodyHtml(entry.body ?? '', urls);
					return { html, metadata: { byLang } };
				} catch (error) {
					failures.push(`${entry.filePath}: ${error instanceof Error ? error.message : error}`);
					throw error;
				}
			};
			const entryTypes = new Map<string, ContentEntryType>();
			for (const [extension, type] of context.entryTypes) {
				if (extension !== '.mdx') {
					entryTypes.set(extension, type);
					continue;
				}
				// Without contentModuleTypes the glob loader calls getRenderFunction at sync instead of importing a module.
				const { contentModuleTypes: _module, handlePropagation: _styles, ...rest } = type;
				entryTypes.set(extension, { ...rest, getRenderFunction: render });
			}
			const wrapped: FileLoaderContext = {
				...context,
				entryTypes,
				// The renderer's version joins each file's digest: a renderer change renders every body again.
				generateDigest: (data) =>
					context.generateDigest(typeof data === 'string' ? `${version}\0${data}` : data),
			};
			await loader.load(wrapped);
			if (failures.length)
				throw new Error(`case bodies that cannot be published:\n${failures.join('\n')}`);
		},
	};
}

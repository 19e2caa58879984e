/**
 * Wraps a glob loader so that its `.mdx` entries are rendered to HTML when content is synced
 * (src/lib/case-body-html.ts), like `.md` entries, instead of becoming one MDX module each in
 * the build. The HTML lives in the content store (`.cache/astro/`), so a rebuild renders only
 * the bodies whose file, or the renderer, changed, and an unchanged file's frontmatter is not parsed
 * again. A body that cannot be rendered fails the sync.
 */
import type { ContentEntryType } from 'astro';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
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
			// The renderer's version joins each file's digest: a renderer change renders every body again.
			const generateDigest: LoaderContext['generateDigest'] = (data) =>
				context.generateDigest(typeof data === 'string' ? `${version}\0${data}` : data);
			// The glob loader parses every file's frontmatter before it compares digests; an unchanged
			// file (same digest as its stored entry) is answered from the store instead: the loader
			// then only needs the id, which comes from the stored data.
			const root = fileURLToPath(context.config.root);
			const stored = new Map<string, { digest: string | number; data: Record<string, unknown> }>();
			for (const [, entry] of context.store.entries())
				if (entry.filePath && entry.digest !== undefined)
					stored.set(entry.filePath, { digest: entry.digest, data: entry.data });
			const entryTypes = new Map<string, ContentEntryType>();
			for (const [extension, type] of context.entryTypes) {
				// Without contentModuleTypes the glob loader calls getRenderFunction at sync instead of importing a module.
				const { contentModuleTypes: _module, handlePropagation: _styles, ...rest } = type;
				const own: ContentEntryType =
					extension === '.mdx' ? { ...rest, getRenderFunction: render } : type;
				entryTypes.set(extension, {
					...own,
					getEntryInfo(params) {
						const path = relative(root, fileURLToPath(params.fileUrl)).split(sep).join('/');
						const known = stored.get(path);
						if (known && known.digest === generateDigest(params.contents))
							return { data: known.data, body: '', rawData: '', slug: '' };
						return own.getEntryInfo(params);
					},
				});
			}
			const wrapped: FileLoaderContext = { ...context, entryTypes, generateDigest };
			await loader.load(wrapped);
			if (failures.length)
				throw new Error(`case bodies that cannot be published:\n${failures.join('\n')}`);
		},
	};
}

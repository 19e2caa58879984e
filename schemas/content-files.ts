/**
 * What a case or guide file is, said once: the checker's walk (src/checker/project-fs.ts), and so
 * the search index, and the content collections' glob loader (src/content.config.ts) all read
 * these names, so a file is on the site exactly when it is checked and indexed.
 */
import { casesDir } from './case.ts';

/** The folders content lives in, relative to the project root; subfolders count too. */
export const contentFolders = { cases: casesDir, guides: 'content/guides' } as const;
export type ContentKind = keyof typeof contentFolders;

/** The company's synonym list for search (checked by `check`, shipped beside the search index). */
export const synonymsFile = 'content/synonyms.yaml';

/** The extensions of a content file (case-sensitive, as the glob is). */
export const contentExtensions = ['md', 'mdx'] as const;
/** A file or folder whose name starts with this is a draft: off the site, out of `check` unless asked. */
export const draftPrefix = '_';

/** A draft name (file or folder). */
export const isDraftName = (name: string): boolean => name.startsWith(draftPrefix);
/** Hidden names (`.git`, `.DS_Store`): neither the walk nor the glob (no `dot` option) sees them. */
export const isHiddenName = (name: string): boolean => name.startsWith('.');
/** A name with a content extension. */
export const isContentFileName = (name: string): boolean =>
	contentExtensions.some((extension) => name.endsWith(`.${extension}`));
/** True when any part of a `/`-separated path is a draft. */
export const isDraftPath = (path: string): boolean => path.split('/').some(isDraftName);

/** The glob loader's pattern for the same files, relative to a content folder. */
export const contentGlobPattern: string[] = [
	`**/*.{${contentExtensions.join(',')}}`,
	`!**/${draftPrefix}*`,
	`!**/${draftPrefix}*/**`,
];
/** `base` and `pattern` for Astro's glob loader. */
export const contentGlob = (kind: ContentKind) => ({
	base: `./${contentFolders[kind]}`,
	pattern: contentGlobPattern,
});

/** A guide's id (its URL slug): the path inside `content/guides` without the extension. */
export const guideSlug = (pathInFolder: string): string =>
	pathInFolder.replace(new RegExp(`\\.(?:${contentExtensions.join('|')})$`), '');

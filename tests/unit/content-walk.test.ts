/**
 * One definition of a content file: the content collections' glob loader (src/content.config.ts)
 * loads exactly the files the checker's walk finds, so nothing is published unchecked or unindexed.
 */
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentFolders, guideSlug, type ContentKind } from '../../schemas/content-files.ts';
import { findContentFiles } from '../../src/checker/project-fs.ts';
import { readCaseSource } from '../../src/checker/source.ts';
import { createTempProject, repoRoot, type TempProject } from '../helpers/temp-project.ts';

// Outside Astro there is no `astro:content`; a collection is then just its definition.
vi.mock('astro:content', () => ({ defineCollection: <T>(collection: T) => collection }));
const { collections } = await import('../../src/content.config.ts');

interface LoadedEntry {
	id: string;
	filePath: string;
}

/** Runs a collection's real loader on a project folder with a store that only records entries. */
async function loadCollection(kind: ContentKind, root: string): Promise<LoadedEntry[]> {
	const entries: LoadedEntry[] = [];
	const entryType = {
		getEntryInfo: ({ contents }: { contents: string }) => {
			const source = readCaseSource('entry.mdx', contents);
			return { data: source.data ?? {}, body: source.body };
		},
	};
	const rootUrl = pathToFileURL(root.endsWith('/') ? root : `${root}/`);
	const loader = (
		collections[kind] as unknown as { loader: { load(context: object): Promise<void> } }
	).loader;
	await loader.load({
		config: { root: rootUrl, srcDir: new URL('src/', rootUrl) },
		collection: kind,
		logger: {
			info: () => {},
			warn: () => {},
			error: (message: string) => {
				throw new Error(message);
			},
		},
		parseData: async ({ data }: { data: unknown }) => data,
		store: {
			keys: () => [],
			entries: () => [],
			get: () => undefined,
			delete: () => {},
			set: (entry: LoadedEntry) => entries.push(entry),
		},
		generateDigest: (text: string) => String(text.length),
		entryTypes: new Map([
			['.md', entryType],
			['.mdx', entryType],
		]),
	});
	return entries;
}

const filePaths = (entries: readonly LoadedEntry[]) => entries.map((e) => e.filePath).sort();

describe('the collections load the files the checker walks', () => {
	it.each(['cases', 'guides'] as const)('%s of the sample handbook', async (kind) => {
		const walked = findContentFiles(repoRoot, kind).cases;
		expect(walked.length).toBeGreaterThan(5);
		expect(filePaths(await loadCollection(kind, repoRoot))).toEqual(walked);
	});

	describe('a project with subfolders, drafts, .md files and other files', () => {
		let project: TempProject;
		const extras: Record<ContentKind, Record<string, string>> = {
			cases: {
				'region/north/sub-case.mdx': 'id: sub-case',
				'region/plain.md': 'id: plain-md',
				'_draft-case.mdx': 'id: draft-case',
				'_drafts/in-draft-folder.mdx': 'id: in-draft-folder',
				'region/_drafts/deep.mdx': 'id: deep-draft',
				'region/notes.txt': '',
				'region/picture.MDX': 'id: upper-case-extension',
				'.hidden.mdx': 'id: hidden',
				'.hidden-folder/inside.mdx': 'id: hidden-inside',
			},
			guides: {
				'part-two/chapter.mdx': 'title: t',
				'_draft-guide.mdx': 'title: t',
				'_drafts/g.md': 'title: t',
				'appendix.md': 'title: t',
			},
		};
		beforeAll(() => {
			project = createTempProject({}, { samples: true });
			for (const kind of ['cases', 'guides'] as const) {
				for (const [file, data] of Object.entries(extras[kind]))
					project.write(`${contentFolders[kind]}/${file}`, `---\n${data}\n---\n\n正文。\n`);
			}
		});
		afterAll(() => project.dispose());

		it.each(['cases', 'guides'] as const)(
			'%s: the same files, drafts and hidden files left out of both',
			async (kind) => {
				const walked = findContentFiles(project.root, kind).cases;
				expect(walked).toEqual(
					expect.arrayContaining([`${contentFolders[kind]}/${Object.keys(extras[kind])[0]}`]),
				);
				expect(walked.some((file) => file.includes('_') || file.includes('/.'))).toBe(false);
				const loaded = await loadCollection(kind, project.root);
				expect(filePaths(loaded)).toEqual(walked);
				// Drafts are the walk's to include when asked (`check --drafts`), never the collection's.
				expect(findContentFiles(project.root, kind, { drafts: true }).cases.length).toBeGreaterThan(
					walked.length,
				);
			},
		);

		it('gives each guide the slug the search index links to', async () => {
			const loaded = await loadCollection('guides', project.root);
			expect(loaded.map((e) => e.id).sort()).toEqual(
				findContentFiles(project.root, 'guides')
					.cases.map((file) => guideSlug(file.slice(contentFolders.guides.length + 1)))
					.sort(),
			);
			expect(loaded.map((e) => e.id)).toContain('part-two/chapter');
		});
	});
});

/** Incremental-build cache keys change with what a page shows and only with that. */
import { describe, expect, it } from 'vitest';
import { cacheKey, caseCacheKey, computeEnvironmentDigest } from '../../src/lib/cache-keys-fs.ts';
import { createTempProject } from '../helpers/temp-project.ts';

const entry = (id: string, title: string, related?: string[]) => ({
	id,
	collection: 'cases',
	digest: `${id}:${title}`,
	data: { id, title, related },
	body: '正文',
});

describe('cache keys', () => {
	it('are stable for the same content and change with a title', () => {
		expect(cacheKey(entry('a', '标题'))).toBe(cacheKey(entry('a', '标题')));
		expect(cacheKey(entry('a', '标题'))).not.toBe(cacheKey(entry('a', '新标题')));
	});

	it('change with parsed data even when the file digest does not (a schema default)', () => {
		const before = entry('b', '标题');
		const after = { ...before, data: { ...before.data, outcome: 'positive' } };
		expect(cacheKey(before)).not.toBe(cacheKey(after));
	});

	it("cover a case page's related cases, and not the others", () => {
		const page = entry('c', '本案', ['d']);
		const byId = (d: string, e: string) =>
			new Map([page, entry('d', d), entry('e', e)].map((x) => [x.id, x]));
		const key = caseCacheKey(page, byId('相关', '无关'));
		expect(caseCacheKey(page, byId('相关改了', '无关'))).not.toBe(key);
		expect(caseCacheKey(page, byId('相关', '无关改了'))).toBe(key);
	});

	it('cover every file of content/ besides cases and guides (site.yaml, vocabulary, sets …)', () => {
		const project = createTempProject({ 'content/sets/a.yaml': 'title: 一\n' });
		try {
			const digest = computeEnvironmentDigest(project.root);
			project.write('content/cases/x.mdx', '---\nid: x\n---\n');
			project.write('content/guides/y.mdx', '---\ntitle: y\n---\n');
			expect(computeEnvironmentDigest(project.root)).toBe(digest);
			project.write('content/sets/a.yaml', 'title: 二\n');
			const afterSet = computeEnvironmentDigest(project.root);
			expect(afterSet).not.toBe(digest);
			project.write('content/vocabulary.yaml', '# changed\n');
			expect(computeEnvironmentDigest(project.root)).not.toBe(afterSet);
		} finally {
			project.dispose();
		}
	});
});

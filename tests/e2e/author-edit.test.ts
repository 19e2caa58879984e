import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkProject } from '../../src/checker/project-fs.ts';

const site = inject('site');
const cases = checkProject({ root: site.root }).cases.map((c) => ({
	id: (c.data as { id: string }).id,
	file: c.source.file,
}));

describe('editing a published case in the form', () => {
	it('publishes every case file exactly as in the repository, and each case page links to the form', async () => {
		expect(cases.length).toBeGreaterThan(10);
		for (const { id, file } of cases) {
			const response = await fetch(new URL(`author/source/${id}.mdx`, site.url));
			expect(response.status, id).toBe(200);
			expect(await response.text(), id).toBe(readFileSync(join(site.root, file), 'utf8'));
			const page = readFileSync(join(site.dist, 'cases', id, 'index.html'), 'utf8');
			expect(page, id).toContain(`<a href="/author/?edit=${id}">在表单中编辑</a>`);
			const en = readFileSync(join(site.dist, 'en', 'cases', id, 'index.html'), 'utf8');
			expect(en, id).toContain(`<a href="/en/author/?edit=${id}">Edit in the form</a>`);
		}
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { badCases, badFileOf, filesFor, validMot, validScqa } from '../fixtures/bad-cases.ts';
import { createTempProject, type TempProject } from '../helpers/temp-project.ts';

const astro = 'node_modules/astro/bin/astro.mjs';

// Every error row of the table: the build must refuse each one (about a second apiece).
const errorRows = badCases.filter((row) => (row.severity ?? 'error') === 'error').map((row) => row.name);

describe('the build refuses invalid cases instead of dropping them', () => {
	let project: TempProject;
	beforeAll(() => {
		project = createTempProject({ 'content/cases/valid-mot.mdx': validMot, 'content/cases/valid-scqa.mdx': validScqa }, { site: true });
	});
	afterAll(() => project.dispose());

	it('builds the valid fixtures, with a page per case', () => {
		const { code, stdout, stderr } = project.run(join(project.root, astro), ['build']);
		expect(code, stdout + stderr).toBe(0);
		expect(existsSync(join(project.root, 'dist/cases/fixture-mot/index.html'))).toBe(true);
		expect(existsSync(join(project.root, 'dist/cases/fixture-scqa/index.html'))).toBe(true);
	});

	it.each(errorRows)('fails on "%s", naming the file, rule and field', (name) => {
		const row = badCases.find((r) => r.name === name)!;
		for (const [file, text] of Object.entries(filesFor(row))) project.write(file, text);
		const { code, stdout, stderr } = project.run(join(project.root, astro), ['build']);
		const output = stdout + stderr;
		expect(code).not.toBe(0);
		const line = output.split('\n').find((l) => l.startsWith(`${badFileOf(row)}:`) && l.includes(` ${row.rule} `));
		expect(line, output).toBeDefined();
		expect(line).toContain(` ${row.field || '-'} `);
		project.write('content/cases/valid-mot.mdx', validMot);
		project.write('content/cases/valid-scqa.mdx', validScqa);
	});
});

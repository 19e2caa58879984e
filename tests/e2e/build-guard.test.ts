import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	badCases,
	badFileOf,
	batchOfErrorRows,
	filesFor,
	validMot,
	validScqa,
} from '../fixtures/bad-cases.ts';
import { createTempProject, type TempProject } from '../helpers/temp-project.ts';

const astro = 'node_modules/astro/bin/astro.mjs';

// Every error row of the table: most share one build (each in its own file); the rest build alone.
const batch = batchOfErrorRows();
const errorRows = batch.alone.map((row) => row.name);

describe('the build refuses invalid cases instead of dropping them', () => {
	let project: TempProject;
	beforeAll(() => {
		project = createTempProject(
			{ 'content/cases/valid-mot.mdx': validMot, 'content/cases/valid-scqa.mdx': validScqa },
			{ site: true },
		);
	});
	afterAll(() => project.dispose());

	it('builds the valid fixtures, with a page per case', () => {
		const { code, stdout, stderr } = project.run(join(project.root, astro), ['build']);
		expect(code, stdout + stderr).toBe(0);
		expect(existsSync(join(project.root, 'dist/cases/fixture-mot/index.html'))).toBe(true);
		expect(existsSync(join(project.root, 'dist/cases/fixture-scqa/index.html'))).toBe(true);
	});

	it('fails on every batched error row at once, naming each file, rule and field', () => {
		const together = createTempProject(batch.files, { site: true });
		try {
			const { code, stdout, stderr } = together.run(join(together.root, astro), ['build']);
			const output = stdout + stderr;
			expect(code).not.toBe(0);
			for (const row of batch.batched) {
				const line = output
					.split('\n')
					.find((l) => l.startsWith(`${batch.fileOf(row)}:`) && l.includes(` ${row.rule} `));
				expect(line, `${row.name}\n${output}`).toBeDefined();
				expect(line).toContain(` ${row.field || '-'} `);
			}
		} finally {
			together.dispose();
		}
	});

	it.each(errorRows)('fails on "%s", naming the file, rule and field', (name) => {
		const row = badCases.find((r) => r.name === name)!;
		for (const [file, text] of Object.entries(filesFor(row))) project.write(file, text);
		const { code, stdout, stderr } = project.run(join(project.root, astro), ['build']);
		const output = stdout + stderr;
		expect(code).not.toBe(0);
		const line = output
			.split('\n')
			.find((l) => l.startsWith(`${badFileOf(row)}:`) && l.includes(` ${row.rule} `));
		expect(line, output).toBeDefined();
		expect(line).toContain(` ${row.field || '-'} `);
		project.write('content/cases/valid-mot.mdx', validMot);
		project.write('content/cases/valid-scqa.mdx', validScqa);
	});

	it("fails on files that are not small regular UTF-8 files, with check's messages, instead of hanging", () => {
		symlinkSync('/dev/zero', join(project.root, 'content/cases/z.mdx'));
		mkdirSync(join(project.root, 'content/guides'), { recursive: true });
		execFileSync('mkfifo', [join(project.root, 'content/guides/pipe.mdx')]);
		writeFileSync(
			join(project.root, 'content/cases/gbk.mdx'),
			Buffer.concat([
				Buffer.from('---\nid: gbk-case\n'),
				Buffer.from([0xd6, 0xd0]),
				Buffer.from('\n---\n'),
			]),
		);
		project.write(
			'content/cases/big.mdx',
			`${validMot.replace('id: fixture-mot', 'id: big-case')}\n${'很长的正文。'.repeat(60_000)}\n`,
		);
		try {
			// Opening /dev/zero or the FIFO would hang or exhaust memory: the timeout would kill the build (code -1).
			const { code, stdout, stderr } = project.run(
				join(project.root, astro),
				['build'],
				{},
				120_000,
			);
			const output = stdout + stderr;
			expect(code, output).toBeGreaterThan(0);
			for (const line of [
				'content/cases/z.mdx:0:0 error file-unsafe - 这不是普通文件，而是符号链接',
				'content/guides/pipe.mdx:0:0 error file-unsafe - 这不是普通文件，而是命名管道（FIFO）',
				'content/cases/gbk.mdx:3:1 error encoding - 文件不是有效的 UTF-8 编码：第 17 字节（0xD6）无效',
				'content/cases/big.mdx:0:0 error file-size - 文件有',
			]) {
				expect(output, line).toContain(line);
			}
		} finally {
			for (const file of [
				'content/cases/z.mdx',
				'content/guides/pipe.mdx',
				'content/cases/gbk.mdx',
				'content/cases/big.mdx',
			])
				project.remove(file);
		}
	});
});

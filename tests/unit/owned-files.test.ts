/** An integration's own output folder holds exactly its files, and a rebuild writes only those whose input changed. */
import {
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOwnedFiles, type OwnedFile } from '../../src/integrations/owned-output.ts';

const root = mkdtempSync(join(tmpdir(), 'mot-owned-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeOwnedFiles', () => {
	const outDir = join(root, 'dist');
	const manifest = join(root, 'cache/qr.json');
	const folder = join(outDir, 'qr/c');
	let made: string[] = [];
	/** Files named by their input; the content says which input made it. */
	const files = (inputs: Record<string, string>) =>
		new Map<string, OwnedFile>(
			Object.entries(inputs).map(([name, input]) => [
				name,
				{
					key: input,
					make: () => {
						made.push(name);
						return `made from ${input}`;
					},
				},
			]),
		);
	const write = async (inputs: Record<string, string>) => {
		made = [];
		const report = await writeOwnedFiles(outDir, 'qr/c', files(inputs), manifest);
		return { report, made: made.sort() };
	};
	const content = (name: string) => readFileSync(join(folder, name), 'utf8');

	it('writes every file the first time', async () => {
		const { report, made } = await write({ 'a.svg': 'A', 'b.svg': 'B' });
		expect(made).toEqual(['a.svg', 'b.svg']);
		expect(report).toEqual({ written: 2, kept: 0, deleted: 0 });
		expect(content('a.svg')).toBe('made from A');
	});

	it('keeps files whose input is unchanged without making them again', async () => {
		const before = statSync(join(folder, 'a.svg')).mtimeMs;
		const { report, made } = await write({ 'a.svg': 'A', 'b.svg': 'B' });
		expect(made).toEqual([]);
		expect(report.kept).toBe(2);
		expect(statSync(join(folder, 'a.svg')).mtimeMs).toBe(before);
	});

	it('writes a changed or new file, and deletes one no longer listed', async () => {
		const { report, made } = await write({ 'a.svg': 'A2', 'c.svg': 'C' });
		expect(made).toEqual(['a.svg', 'c.svg']);
		expect(report).toEqual({ written: 2, kept: 0, deleted: 1 });
		expect(content('a.svg')).toBe('made from A2');
		expect(readdirSync(folder).sort()).toEqual(['a.svg', 'c.svg']);
	});

	it('writes a file again when it is gone from the output (the output was cleared)', async () => {
		unlinkSync(join(folder, 'c.svg'));
		const { made } = await write({ 'a.svg': 'A2', 'c.svg': 'C' });
		expect(made).toEqual(['c.svg']);
		expect(content('c.svg')).toBe('made from C');
	});

	it('writes every file after a build that stopped while writing (no manifest)', async () => {
		// A stopped build left a.svg half written from another input, and no manifest.
		writeFileSync(join(folder, 'a.svg'), 'made from A3, cut sh');
		unlinkSync(manifest);
		const { made } = await write({ 'a.svg': 'A2', 'c.svg': 'C' });
		expect(made).toEqual(['a.svg', 'c.svg']);
		expect(content('a.svg')).toBe('made from A2');
		expect(existsSync(manifest)).toBe(true);
	});
});

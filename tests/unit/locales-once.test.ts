/**
 * The UI languages are listed once (`schemas/locales.ts`) and everything else derives from
 * the list, so a new language is its line there plus its translation file: no other source
 * file may spell out a list of languages or branch on one.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../../schemas/locales.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The list itself, and the translation files, which are each one language's own. */
const allowed = (file: string) =>
	file === 'schemas/locales.ts' || file.startsWith('src/i18n/locales/');

function sourceFiles(dir: string): string[] {
	return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
		const path = `${dir}/${entry.name}`;
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|astro|mjs)$/.test(entry.name) ? [path] : [];
	});
}

const code = locales.map((locale) => `'${locale}'`).join('|');
const key = locales.map((locale) => (/^\w+$/.test(locale) ? locale : `'${locale}'`)).join('|');
const hardCoded: readonly [string, RegExp][] = [
	['a union of language codes', new RegExp(`(${code})\\s*\\|\\s*(${code})`)],
	['a list of language codes', new RegExp(`\\[\\s*(${code})\\s*,\\s*(${code})`)],
	['a test for one language', new RegExp(`[!=]==?\\s*(${code})|(${code})\\s*[!=]==?`)],
	['an object type with one field per language', new RegExp(`\\b(${key}):\\s*(string|z\\.)`)],
];

describe('the UI languages', () => {
	const files = [
		...sourceFiles('src'),
		...sourceFiles('schemas'),
		...sourceFiles('scripts'),
		'astro.config.mjs',
	].filter((file) => !allowed(file));

	it('are found in the source tree', () => {
		expect(files.length).toBeGreaterThan(100);
	});

	it('are written down only in schemas/locales.ts and the translation files', () => {
		const found = files.flatMap((file) =>
			readFileSync(join(root, file), 'utf8')
				.split('\n')
				.flatMap((line, i) =>
					hardCoded
						.filter(([, pattern]) => pattern.test(line))
						.map(([what]) => `${relative('.', file)}:${i + 1} ${what}: ${line.trim()}`),
				),
		);
		expect(found).toEqual([]);
	});
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { random } from '../../scripts/lib/generate-cases.ts';
import { readCaseSource } from '../../src/checker/source.ts';
import { parsedTopLevelMap, plainTopLevelMap } from '../../src/checker/yaml-top-keys.ts';
import { repoRoot } from '../helpers/temp-project.ts';

const shape = (map: ReturnType<typeof parsedTopLevelMap>) => ({
	start: map.start,
	keys: [...map.keys],
});

/** The lexer's answer, when it gives one, is the parser's: same keys, offsets and map start. */
function expectSameAnswer(yaml: string): boolean {
	const plain = plainTopLevelMap(yaml);
	if (plain) expect(shape(plain), yaml).toEqual(shape(parsedTopLevelMap(yaml)));
	return plain !== undefined;
}

/** The frontmatter text as source.ts reads it. */
const frontmatterOf = (text: string) =>
	/^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)(?:^|\r?\n)---[ \t]*(?:\r?\n|$)/m.exec(text)?.[1];

const keyStyles = ['id', 'key two', 'keyPoints', "'quoted key'", '"double"', '? explicit\n'];
const valueStyles = [
	' plain value',
	' 中文：值',
	' "double: quoted"',
	" 'single # not a comment'",
	' plain # comment',
	' # comment first\n  - a',
	'',
	' |\n  block line\n\n  after blank',
	' >-\n  folded\n  text',
	' |\n  block\nnext-after-block: 1',
	' { name: a, side: customer }',
	' {\n    name: a,\n    role: b }',
	' [a, b, c]',
	'\n  - a\n  - b',
	'\n- at key indent\n- second',
	'\n  nested: map\n  deeper:\n    - x',
	' multi\n  line plain',
	' "multi\n  line quoted"',
	' !!str tagged',
	' 2026-11-20',
	'\tafter a tab',
	' value\t# tab before comment',
	'\n\n  after blank line',
];
const between = ['', '', '', '# comment line', '', '   # indented comment', ''];

/** A random frontmatter from the pieces above; keys unique or repeated, in any order. */
function randomYaml(r: ReturnType<typeof random>): string {
	const lines: string[] = [];
	if (r.next() < 0.2) lines.push(r.pick(between));
	for (let i = r.int(1, 7); i > 0; i--) {
		let key = r.pick(keyStyles);
		if (r.next() < 0.3) key = `k${r.int(0, 3)}`;
		const separator = key.startsWith('?') ? ':' : r.pick([':', ':', ' :', ':']);
		lines.push(`${key}${separator}${r.pick(valueStyles)}`);
		if (r.next() < 0.3) lines.push(r.pick(between));
	}
	const yaml = `${lines.join('\n')}${r.next() < 0.5 ? '\n' : ''}`;
	// Files written on Windows.
	return r.next() < 0.2 ? yaml.replaceAll('\n', '\r\n') : yaml;
}

describe('top-level keys from the lexer', () => {
	it('give the parser’s answer for every sample case, guide and note, without falling back', () => {
		for (const folder of ['content/cases', 'content/guides', 'content/notes']) {
			for (const name of readdirSync(join(repoRoot, folder))) {
				const yaml = frontmatterOf(readFileSync(join(repoRoot, folder, name), 'utf8'));
				if (yaml === undefined) continue;
				expect(expectSameAnswer(yaml), `${folder}/${name}`).toBe(true);
			}
		}
	});

	it('give the parser’s answer, or none, for thousands of random valid frontmatters', () => {
		const r = random(20261130);
		let answered = 0;
		let valid = 0;
		for (let i = 0; i < 4000; i++) {
			const yaml = randomYaml(r);
			try {
				load(yaml);
			} catch {
				continue; // positions are asked only of frontmatter that loads
			}
			valid++;
			if (readCaseSource('x.mdx', `---\n${yaml}\n---\n`).yamlError) continue;
			if (expectSameAnswer(yaml)) answered++;
		}
		// Both paths are exercised: most answered by the lexer, some left to the parser.
		expect(valid).toBeGreaterThan(1000);
		expect(answered).toBeGreaterThan(valid / 5);
		expect(answered).toBeLessThan(valid);
	});

	it('leaves unusual forms to the parser', () => {
		for (const yaml of [
			'"quoted": 1\n',
			'? explicit\n: value\n',
			'a: !!str 1\n',
			'%YAML 1.2\n---\na: 1\n',
			'a: 1\n---\nb: 2\n',
			'{a: 1}\n',
			'- a\n',
			'plain scalar\n',
		])
			expect(plainTopLevelMap(yaml), yaml).toBeUndefined();
	});
});

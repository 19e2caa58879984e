import { createHash } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkedContent } from '../../src/checker/checked-content.ts';
import { checkProject, type ProjectCheckOptions } from '../../src/checker/project-fs.ts';
import { loadVocabulary } from '../../src/config/load-fs.ts';
import { createTempProject, repoRoot, type TempProject } from '../helpers/temp-project.ts';

// The checker's version is the digest of its code; here a value the tests can change.
const version = vi.hoisted(() => ({ current: 'checker-a' }));
vi.mock('../../src/checker/checker-version-fs.ts', async (importActual) => ({
	...(await importActual<typeof import('../../src/checker/checker-version-fs.ts')>()),
	checkerVersion: () => version.current,
}));

const sample = (name: string) => readFileSync(join(repoRoot, 'content/cases', name), 'utf8');
const billing = sample('telecom-billing-media.mdx');

/** Samples plus files that exercise every path: a near-duplicate, a broken link, a schema error, a YAML error. */
const extraFiles = {
	// The same story under another id: both get the near-duplicate warning.
	'content/cases/billing-twice.mdx': billing.replace(
		'id: telecom-billing-media',
		'id: billing-twice',
	),
	'content/cases/bad-related.mdx': sample('gold-card-lounge.mdx')
		.replace('id: gold-card-lounge', 'id: bad-related')
		.replace(/^related:.*$/m, 'related: [no-such-case]'),
	'content/cases/bad-enum.mdx': sample('taxi-ic-card-fare.mdx')
		.replace('id: taxi-ic-card-fare', 'id: bad-enum')
		.replace(/side: customer/, 'side: custmer'),
	// ASCII punctuation in Chinese text: a problem with edits (`check --fix`).
	'content/cases/ascii-punctuation.mdx': `${sample('hotel-doorman-hkd.mdx').replace(
		'id: hotel-doorman-hkd',
		'id: ascii-punctuation',
	)}\n门童确认:"您好,请稍等。"\n`,
	'content/cases/bad-yaml.mdx': '---\nid: bad-yaml\ntitle: "unclosed\n---\n\n正文。\n',
};

let project: TempProject;
let cacheDir: string;

beforeEach(() => {
	version.current = 'checker-a';
	project = createTempProject(extraFiles, { samples: true });
	cacheDir = mkdtempSync(join(tmpdir(), 'mot-check-cache-'));
});
afterEach(() => {
	project.dispose();
	rmSync(cacheDir, { recursive: true, force: true });
});

const run = (options: ProjectCheckOptions = {}) =>
	checkProject({ root: project.root, cacheDir, ...options });
const uncached = (options: ProjectCheckOptions = {}) =>
	checkProject({ root: project.root, cacheDir: false, ...options });
const fileCount = () =>
	readdirSync(join(project.root, 'content/cases')).length +
	readdirSync(join(project.root, 'content/guides')).length;

/** What a run reports and publishes, without the parse trees. */
function outcome(result: ReturnType<typeof checkProject>) {
	return {
		problems: result.problems,
		content: checkedContent(result),
		cases: result.cases.map((c) => ({ file: c.source.file, data: c.data, links: c.caseLinks })),
		checkedFiles: result.checkedFiles,
	};
}

/** Rewrites the one cache file through `change`, with a valid checksum: what a run trusts. */
function tamper(change: (cache: { entries: Record<string, { problems: unknown[] }> }) => void) {
	const [name] = readdirSync(cacheDir);
	const path = join(cacheDir, name!);
	const bytes = readFileSync(path);
	const newline = bytes.indexOf(0x0a);
	const header = bytes.toString('latin1', 0, newline).replace(/ \S+$/, '');
	const cache = deserialize(bytes.subarray(newline + 1));
	change(cache);
	const body = serialize(cache);
	const digest = createHash('sha256').update(body).digest('hex');
	writeFileSync(path, Buffer.concat([Buffer.from(`${header} ${digest}\n`), body]));
}

/** The bytes with one ASCII string's bytes replaced by another of the same length. */
function renamed(bytes: Buffer, from: string, to: string): Buffer {
	const copy = Buffer.from(bytes);
	const at = copy.indexOf(from, 0, 'latin1');
	expect(at).toBeGreaterThan(0);
	copy.write(to, at, 'latin1');
	return copy;
}

const fake = {
	file: 'content/cases/kept.mdx',
	line: 1,
	column: 1,
	severity: 'warning',
	rule: 'kept',
	field: '',
	message: 'kept',
};
const addFake = () =>
	tamper((cache) => {
		for (const entry of Object.values(cache.entries)) entry.problems.push(fake);
	});
const fakes = (result: ReturnType<typeof checkProject>) =>
	result.problems.filter((p) => p.rule === 'kept').length;

// Each test checks a copy of the samples three to six times: slow on a loaded machine.
describe('check cache', { timeout: 60_000 }, () => {
	it('a second run reuses every file and reports exactly what a run without the cache reports', () => {
		const expected = outcome(uncached());
		// The corpus has single-file, cross-file and near-duplicate problems to compare.
		const rules = new Set(expected.problems.map((p) => p.rule));
		for (const rule of ['related-missing', 'enum', 'yaml-syntax', 'near-duplicate'])
			expect(rules).toContain(rule);
		expect(expected.problems.some((p) => p.edits?.length)).toBe(true);

		const cold = run();
		expect(cold.reused).toBe(0);
		expect(outcome(cold)).toEqual(expected);
		const warm = run();
		expect(warm.reused).toBe(fileCount());
		expect(outcome(warm)).toEqual(expected);
		// A kept result's source still gives its frontmatter and text (--report, --fix, the search index).
		const kept = warm.cases.find((c) => c.source.file === 'content/cases/bad-enum.mdx')!;
		expect(kept.source.data).toMatchObject({ id: 'bad-enum' });
		expect(kept.source.text).toBe(readFileSync(join(project.root, kept.source.file), 'utf8'));
	});

	it('reuses a kept result: a run trusts what the cache says for an unchanged file', () => {
		run();
		addFake();
		expect(fakes(run())).toBe(fileCount());
	});

	it('checks an edited file again and reports its new problem, reusing the others', () => {
		run();
		addFake();
		project.write(
			'content/cases/gold-card-lounge.mdx',
			sample('gold-card-lounge.mdx').replace(/^place: .*$/m, 'place: 北京'),
		);
		const after = run();
		expect(after.reused).toBe(fileCount() - 1);
		expect(fakes(after)).toBe(fileCount() - 1);
		const mine = after.problems.filter(
			(p) => p.file === 'content/cases/gold-card-lounge.mdx' && p.rule !== 'kept',
		);
		expect(mine.map((p) => `${p.rule} ${p.field}`)).toContain('length-limit place');
		expect(after.problems.filter((p) => p.rule !== 'kept')).toEqual(uncached().problems);
	});

	it('reuses nothing when the checker code or the vocabulary changed', () => {
		run();
		addFake();
		version.current = 'checker-b';
		const other = run();
		expect(other.reused).toBe(0);
		expect(fakes(other)).toBe(0);
		expect(other.problems).toEqual(uncached().problems);

		addFake();
		const vocabulary = loadVocabulary(project.root);
		const widened = { ...vocabulary, tags: [...vocabulary.tags, '新标签'] };
		const changed = run({ vocabulary: widened });
		expect(changed.reused).toBe(0);
		expect(fakes(changed)).toBe(0);
	});

	it('ignores a corrupt or foreign cache and checks every file', () => {
		const expected = uncached().problems;
		run();
		const [name] = readdirSync(cacheDir);
		const path = join(cacheDir, name!);
		const good = readFileSync(path);
		const garbage = [
			Buffer.from('\u0000\u00ff garbage {'),
			good.subarray(0, good.length >> 1),
			// A rule's name changed inside: well-formed and of the right shape, but the checksum no longer matches.
			renamed(good, 'chinese-punctuation', 'chinese-punctuatioo'),
			Buffer.from('[]'),
		];
		for (const bytes of garbage) {
			writeFileSync(path, bytes);
			const result = run();
			expect(result.reused).toBe(0);
			expect(result.problems).toEqual(expected);
		}
		// A well-formed file whose entries have the wrong shape: each such entry is checked again.
		tamper((cache) => {
			for (const entry of Object.values(cache.entries))
				(entry as { problems: unknown }).problems = 'none';
		});
		const reshaped = run();
		expect(reshaped.reused).toBe(0);
		expect(reshaped.problems).toEqual(expected);
		// …and the run wrote a good cache again.
		expect(run().reused).toBe(fileCount());
	});
});

describe('the cache folder', { timeout: 60_000 }, () => {
	it("keeps its own project's file and a recent one, and removes one unused for days", () => {
		const old = join(cacheDir, 'old-project.bin');
		const recent = join(cacheDir, 'recent-project.bin');
		writeFileSync(old, 'x');
		writeFileSync(recent, 'x');
		const fourDaysAgo = new Date(Date.now() - 4 * 24 * 3600 * 1000);
		utimesSync(old, fourDaysAgo, fourDaysAgo);
		run();
		expect(existsSync(old)).toBe(false);
		expect(existsSync(recent)).toBe(true);
		expect(run().reused).toBe(fileCount());
	});
});

describe("the checker's version", () => {
	it('changes when a file the checker imports changes, not when another file does', async () => {
		const { checkerEntryPoints, codeVersion } = await vi.importActual<
			typeof import('../../src/checker/checker-version-fs.ts')
		>('../../src/checker/checker-version-fs.ts');
		const copy = mkdtempSync(join(tmpdir(), 'mot-checker-code-'));
		try {
			for (const folder of ['src', 'schemas'])
				cpSync(join(repoRoot, folder), join(copy, folder), { recursive: true });
			symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));
			const versionOf = () =>
				codeVersion(
					checkerEntryPoints.map((file) => join(copy, file)),
					copy,
				);
			const first = versionOf();
			expect(first).toMatch(/^[0-9a-f]{64}$/);
			// Named from the project: a copy of the same code has the same version.
			expect(
				codeVersion(
					checkerEntryPoints.map((file) => join(repoRoot, file)),
					repoRoot,
				),
			).toBe(first);
			// The grid is reached only through imports (check.ts → schemas/case.ts → schemas/grid.ts).
			writeFileSync(
				join(copy, 'schemas/grid.ts'),
				`${readFileSync(join(copy, 'schemas/grid.ts'), 'utf8')}\n// changed\n`,
			);
			const second = versionOf();
			expect(second).not.toBe(first);
			writeFileSync(join(copy, 'src/lib/not-imported-by-the-checker.ts'), 'export const x = 1;\n');
			expect(versionOf()).toBe(second);
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
	});
});

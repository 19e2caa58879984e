import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	badFileOf,
	batchOfErrorRows,
	filesFor,
	validMot,
	validScqa,
} from '../fixtures/bad-cases.ts';
import { createTempProject, type TempProject } from '../helpers/temp-project.ts';

const check = 'scripts/check.ts';
const lineFormat = /^(\S+):(\d+):(\d+) (error|warning) (\S+) (\S+) (.+)$/;

describe('npm run check on a folder of cases', () => {
	let project: TempProject;
	beforeAll(() => {
		project = createTempProject({
			'content/cases/valid-mot.mdx': validMot,
			'content/cases/valid-scqa.mdx': validScqa,
		});
	});
	afterAll(() => project.dispose());

	it('exits 0 on valid cases (warnings do not fail) and prints a summary', () => {
		const { code, stdout } = project.run(check);
		expect(code).toBe(0);
		expect(stdout).toMatch(/检查了 2 个案例文件：0 个错误，\d+ 个警告/);
		for (const line of stdout.trim().split('\n').slice(0, -1)) expect(line).toMatch(lineFormat);
	});

	it('exits 1 on a bad file, one line per problem: path:line:col severity rule field message', () => {
		project.write(
			'content/cases/valid-mot.mdx',
			validMot.replace('side: customer }', 'side: custmer }'),
		);
		const { code, stdout } = project.run(check);
		expect(code).toBe(1);
		const line = stdout.split('\n').find((l) => l.includes(' enum '))!;
		const [, file, lineNo, , severity, rule, field, message] = lineFormat.exec(line)!;
		expect({ file, severity, rule, field }).toEqual({
			file: 'content/cases/valid-mot.mdx',
			severity: 'error',
			rule: 'enum',
			field: 'people[0].side',
		});
		expect(validMot.split('\n')[Number(lineNo) - 1]).toContain('side: customer');
		expect(message).toContain('customer');
		expect(message).toContain('改为：side: customer');
		project.write('content/cases/valid-mot.mdx', validMot);
	});

	it('speaks English with --lang en', () => {
		project.write(
			'content/cases/valid-mot.mdx',
			validMot.replace('industry: telecom', 'industry: telcom'),
		);
		const { stdout } = project.run(check, ['--lang', 'en']);
		expect(stdout).toContain(
			'industry "telcom" is not in content/vocabulary.yaml; did you mean "telecom"? fix: industry: telecom',
		);
		expect(stdout).toMatch(/^Checked 2 case files: 1 error, 0 warnings$/m);
		expect(project.run(check, ['--lang', 'en', 'content/cases/valid-scqa.mdx']).stdout).toMatch(
			/^Checked 1 case file: 0 errors, 0 warnings$/m,
		);
		project.write('content/cases/valid-mot.mdx', validMot);
	});

	it('writes JSON with --format json', () => {
		project.write(
			'content/cases/valid-mot.mdx',
			validMot.replace('perception: -1', 'perception: 9'),
		);
		const { code, stdout } = project.run(check, ['--format', 'json']);
		expect(code).toBe(1);
		const report = JSON.parse(stdout);
		expect(report.version).toBe(1);
		expect(report.summary.errors).toBe(1);
		expect(report.problems[0]).toMatchObject({
			file: 'content/cases/valid-mot.mdx',
			rule: 'perception',
			field: 'perception',
			severity: 'error',
		});
		project.write('content/cases/valid-mot.mdx', validMot);
	});

	it('writes GitHub annotations with --format github', () => {
		project.write(
			'content/cases/valid-mot.mdx',
			validMot.replace('grid: [C1.1, C2.1]', 'grid: [C1.1, C9]'),
		);
		const { stdout } = project.run(check, ['--format', 'github']);
		expect(stdout).toMatch(
			/^::error file=content\/cases\/valid-mot\.mdx,line=6,col=\d+,title=grid-code::grid\[1\]: /m,
		);
		project.write('content/cases/valid-mot.mdx', validMot);
	});

	it('with a path, reports only that file while still resolving links against all cases', () => {
		project.write(
			'content/cases/other.mdx',
			validScqa
				.replace('id: fixture-scqa', 'id: other-case')
				.replace('industry: banking', 'industry: bank'),
		);
		const all = project.run(check);
		expect(all.code).toBe(1);
		const one = project.run(check, ['content/cases/valid-mot.mdx']);
		expect(one.code).toBe(0);
		expect(one.stdout).toContain('检查了 1 个案例文件：0 个错误');
		project.remove('content/cases/other.mdx');
	});

	it('keeps drafts out unless --drafts is given', () => {
		project.write('content/cases/_draft.mdx', validMot.replace('id: fixture-mot', 'id: Bad_Draft'));
		expect(project.run(check).code).toBe(0);
		const withDrafts = project.run(check, ['--drafts']);
		expect(withDrafts.code).toBe(1);
		expect(withDrafts.stdout).toContain('content/cases/_draft.mdx:2:5 error id-format id');
		project.remove('content/cases/_draft.mdx');
	});

	it('explains YAML mistakes by file and line, never with a stack trace', () => {
		project.write(
			'content/cases/valid-mot.mdx',
			validMot.replace('  - { name: 张女士', '\t- { name: 张女士'),
		);
		const { code, stdout, stderr } = project.run(check);
		expect(code).toBe(1);
		expect(stdout).toMatch(
			/content\/cases\/valid-mot\.mdx:10:\d+ error yaml-syntax - YAML 不能用 Tab 缩进/,
		);
		expect(stdout + stderr).not.toMatch(/\n\s+at /);
		project.write('content/cases/valid-mot.mdx', validMot);
	});

	it('fails on every error row of the bad-input table, naming the file', () => {
		// Most rows share one project, each in its own file: one `check` must name every one.
		const batch = batchOfErrorRows();
		const together = createTempProject(batch.files);
		try {
			const { code, stdout } = together.run(check);
			expect(code).toBe(1);
			for (const row of batch.batched) {
				const line = stdout
					.split('\n')
					.find((l) => l.startsWith(`${batch.fileOf(row)}:`) && l.includes(` ${row.rule} `));
				expect(line, `${row.name}\n${stdout}`).toBeDefined();
			}
		} finally {
			together.dispose();
		}
		for (const row of batch.alone) {
			for (const [file, text] of Object.entries(filesFor(row))) project.write(file, text);
			const { code, stdout } = project.run(check);
			expect(code, row.name).toBe(1);
			expect(stdout, row.name).toContain(`${badFileOf(row)}:`);
			expect(stdout, row.name).toContain(` ${row.rule} `);
		}
		project.write('content/cases/valid-mot.mdx', validMot);
		project.write('content/cases/valid-scqa.mdx', validScqa);
	}, 300_000);

	it('warns about stray files that would never reach the handbook', () => {
		project.write('content/cases/notes.txt', 'x');
		const { code, stdout } = project.run(check);
		expect(code).toBe(0);
		expect(stdout).toContain('content/cases/notes.txt:0:0 warning file-type');
		project.remove('content/cases/notes.txt');
	});
});

describe('npm run check -- --fix', () => {
	it('writes the safe fixes to the file, lists each change, then checks again', () => {
		const body = '她确认:"您要取四千元，对吗?"得到肯定后离开。`代码:"不改"`';
		const broken = validMot
			.replace('text: 当场补办业务 }', 'text: 当场补办业务,不要排队 }')
			.trimEnd()
			.concat(`\n\n${body}\n`);
		const project = createTempProject({
			'content/cases/valid-mot.mdx': broken,
			'content/cases/valid-scqa.mdx': validScqa,
		});
		try {
			expect(project.run(check).code).toBe(1);
			const { code, stdout } = project.run(check, ['--fix']);
			expect(code).toBe(0);
			expect(stdout).toContain('content/cases/valid-mot.mdx:18:35 yaml-syntax：「,」→「，」');
			expect(stdout).toMatch(/valid-mot\.mdx:\d+:\d+ chinese-punctuation：「:"」→「：“」/);
			expect(stdout).toContain('自动修正了 1 个文件中的 3 处');
			expect(stdout).toMatch(/检查了 2 个案例文件：0 个错误/);
			const text = readFileSync(join(project.root, 'content/cases/valid-mot.mdx'), 'utf8');
			expect(text).toBe(
				validMot
					.replace('text: 当场补办业务 }', 'text: 当场补办业务，不要排队 }')
					.trimEnd()
					.concat('\n\n她确认：“您要取四千元，对吗？”得到肯定后离开。`代码:"不改"`\n'),
			);
			expect(project.run(check, ['--fix']).stdout).toContain('没有可以自动修正的问题');
		} finally {
			project.dispose();
		}
	});
});

describe('npm run check -- --report', () => {
	it("prints each case's completeness and the average", () => {
		const project = createTempProject({
			'content/cases/valid-mot.mdx': validMot,
			'content/cases/valid-scqa.mdx': validScqa,
		});
		const { code, stdout } = project.run(check, ['--report', '--lang', 'en']);
		expect(code).toBe(0);
		expect(stdout).toMatch(
			/^ 11% fixture-scqa \(content\/cases\/valid-scqa\.mdx\) could add: Story, End time/m,
		);
		expect(stdout).toMatch(/average completeness \d+% \(2 cases\)/);
		project.dispose();
	});
});

describe('npm run check on guides', () => {
	it('checks chapters too: frontmatter with did-you-mean, personal data, unsafe MDX, links to cases', () => {
		const guide = (front: string, body: string) => `---\n${front}\n---\n\n${body}\n`;
		const project = createTempProject({
			'content/cases/valid-mot.mdx': validMot,
			'content/cases/valid-scqa.mdx': validScqa,
			'content/guides/good.mdx': guide(
				'title: 好\ndescription: 一句话\norder: 1',
				'模板里要填写的地方都标着“待填写”。见 [案例](/cases/fixture-mot/)。',
			),
			'content/guides/bad.mdx': guide(
				'title: 坏\ndescripton: 拼错\norder: 2',
				'电话 13912345678,见 [不存在](/cases/no-such-case/)。',
			),
		});
		const { code, stdout } = project.run(check);
		expect(code).toBe(1);
		expect(stdout).not.toContain('content/guides/good.mdx');
		const badLines = stdout
			.split('\n')
			.filter((line) => line.startsWith('content/guides/bad.mdx:'));
		for (const rule of ['unknown-key descripton', 'pii-mobile body', 'link-missing body'])
			expect(badLines.some((line) => line.includes(` ${rule} `))).toBe(true);
		project.dispose();
	});
});

describe('npm run check on hostile files (a pull request from anyone)', () => {
	let project: TempProject;
	beforeAll(() => {
		project = createTempProject({
			'content/cases/valid-mot.mdx': validMot,
			'content/cases/valid-scqa.mdx': validScqa,
		});
	});
	afterAll(() => project.dispose());

	/** Runs check with a short timeout: a FIFO or /dev/zero that got opened would hang it. */
	const runCheck = (args: string[] = []) => {
		const result = project.run(check, args, {}, 30_000);
		expect(result.code, result.stdout + result.stderr).not.toBe(-1);
		return result;
	};
	const linesOf = (stdout: string, file: string) =>
		stdout.split('\n').filter((line) => line.startsWith(`${file}:`));

	it('refuses symlinks (to /dev/zero, to a file outside, to a folder) without opening them', () => {
		const outside = join(project.root, '..', `outside-${Date.now()}.mdx`);
		writeFileSync(outside, validMot.replace('id: fixture-mot', 'id: outside-case'));
		symlinkSync('/dev/zero', join(project.root, 'content/cases/z.mdx'));
		symlinkSync(outside, join(project.root, 'content/cases/outside.mdx'));
		symlinkSync('/', join(project.root, 'content/cases/root'));
		try {
			const { code, stdout } = runCheck(['--lang', 'en']);
			expect(code).toBe(1);
			expect(linesOf(stdout, 'content/cases/z.mdx')).toEqual([
				'content/cases/z.mdx:0:0 error file-unsafe - this is a symbolic link, not a regular file: content/ may hold regular files only, and neither check nor the build opens it',
			]);
			expect(linesOf(stdout, 'content/cases/outside.mdx')[0]).toContain(
				' error file-unsafe - this is a symbolic link',
			);
			expect(linesOf(stdout, 'content/cases/root')[0]).toContain(
				' error file-unsafe - this is a symbolic link',
			);
			// Named explicitly, a symlink is refused the same way.
			const one = runCheck(['content/cases/z.mdx']);
			expect(one.code).toBe(1);
			expect(one.stdout).toMatch(
				/^content\/cases\/z\.mdx:0:0 error file-unsafe - 这不是普通文件，而是符号链接/m,
			);
		} finally {
			for (const file of ['z.mdx', 'outside.mdx', 'root']) project.remove(`content/cases/${file}`);
			rmSync(outside);
		}
	});

	it('refuses paths outside the project instead of reading or walking them', () => {
		const file = runCheck(['/etc/hostname']);
		expect(file.code).toBe(1);
		expect(file.stdout).toMatch(/ error file-unsafe - 这个文件不在项目目录内/);
		const folder = runCheck(['/']);
		expect(folder.code).toBe(1);
		expect(folder.stdout).toMatch(/ error file-unsafe - 这个文件不在项目目录内/);
	});

	it('refuses a FIFO and does not hang on it', () => {
		execFileSync('mkfifo', [join(project.root, 'content/cases/pipe.mdx')]);
		try {
			const { code, stdout } = runCheck(['--lang', 'en']);
			expect(code).toBe(1);
			expect(linesOf(stdout, 'content/cases/pipe.mdx')).toEqual([
				expect.stringContaining(
					' error file-unsafe - this is a named pipe (FIFO), not a regular file',
				),
			]);
		} finally {
			project.remove('content/cases/pipe.mdx');
		}
	});

	it('refuses a file over 1 MB', () => {
		project.write(
			'content/cases/big.mdx',
			`${validMot.replace('id: fixture-mot', 'id: big-case')}\n${'很长的正文。'.repeat(60_000)}\n`,
		);
		try {
			const { code, stdout } = runCheck(['--lang', 'en']);
			expect(code).toBe(1);
			expect(linesOf(stdout, 'content/cases/big.mdx')).toEqual([
				expect.stringMatching(
					/ error file-size - the file has \d+ bytes, over the limit of 1048576 bytes \(1 MB\)/,
				),
			]);
		} finally {
			project.remove('content/cases/big.mdx');
		}
	});

	it('gives one encoding error at the first bad byte for GBK, UTF-16 and NUL, in check and not as other rules', () => {
		const utf8 = Buffer.from(validMot);
		const badAt = utf8.indexOf(Buffer.from('张女士在九点一刻'));
		const gbk = Buffer.concat([
			utf8.subarray(0, badAt),
			Buffer.from([0xd5, 0xc5]),
			utf8.subarray(badAt),
		]);
		writeFileSync(join(project.root, 'content/cases/valid-mot.mdx'), gbk);
		writeFileSync(
			join(project.root, 'content/cases/utf16.mdx'),
			Buffer.from(`\uFEFF${validMot.replace('id: fixture-mot', 'id: utf-sixteen')}`, 'utf16le'),
		);
		writeFileSync(
			join(project.root, 'content/cases/nul.mdx'),
			`${validMot.replace('id: fixture-mot', 'id: with-nul')}\n一\0二\n`,
		);
		try {
			const { code, stdout } = runCheck(['--lang', 'en']);
			expect(code).toBe(1);
			const gbkLine = validMot.slice(0, validMot.indexOf('张女士在九点一刻')).split('\n').length;
			expect(linesOf(stdout, 'content/cases/valid-mot.mdx')).toEqual([
				`content/cases/valid-mot.mdx:${gbkLine}:1 error encoding - the file is not valid UTF-8: byte ${badAt} (0xD5) is invalid. Save it as UTF-8`,
			]);
			expect(linesOf(stdout, 'content/cases/utf16.mdx')).toEqual([
				'content/cases/utf16.mdx:1:1 error encoding - the file is UTF-16 (it starts with the byte order mark 0xFFFE): save it as UTF-8',
			]);
			expect(linesOf(stdout, 'content/cases/nul.mdx')).toEqual([
				expect.stringMatching(/:\d+:2 error encoding - byte \d+ of the file is a NUL character/),
			]);
		} finally {
			project.write('content/cases/valid-mot.mdx', validMot);
			project.remove('content/cases/utf16.mdx');
			project.remove('content/cases/nul.mdx');
		}
	});

	it('refuses a file name with a line break and never prints it raw, in any format', () => {
		const name = 'content/cases/a\n::error file=README.md,line=1::pwned.mdx';
		project.write(name, validMot.replace('id: fixture-mot', 'id: pwned-case'));
		try {
			for (const format of ['text', 'github', 'json']) {
				const { code, stdout } = runCheck(['--format', format]);
				expect(code, format).toBe(1);
				expect(
					stdout.split('\n').some((line) => line.startsWith('::error file=README.md')),
					format,
				).toBe(false);
			}
			const { stdout } = runCheck();
			expect(stdout).toContain(
				'content/cases/a\\n::error file=README.md,line=1::pwned.mdx:0:0 error file-name - 文件名含有控制字符',
			);
			expect(JSON.parse(runCheck(['--format', 'json']).stdout).problems).toContainEqual(
				expect.objectContaining({ file: name, rule: 'file-name' }),
			);
		} finally {
			project.remove(name);
		}
	});

	it('answers an unknown option with the usage and exit 2, not a stack trace', () => {
		const { code, stdout, stderr } = runCheck(['--bogus']);
		expect(code).toBe(2);
		expect(stderr).toContain("Unknown option '--bogus'");
		expect(stderr).toContain('usage: npm run check');
		expect(stdout + stderr).not.toMatch(/\n\s+at /);
	});
});

describe('npm run new with an unknown option', () => {
	it('prints the usage and exits 2, not a stack trace', () => {
		const project = createTempProject();
		try {
			const { code, stdout, stderr } = project.run('scripts/new.ts', ['--titel', 'x']);
			expect(code).toBe(2);
			expect(stderr).toContain("Unknown option '--titel'");
			expect(stderr).toContain('usage: npm run new');
			expect(stdout + stderr).not.toMatch(/\n\s+at /);
		} finally {
			project.dispose();
		}
	});
});

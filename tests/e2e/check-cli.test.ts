import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badCases, badFileOf, filesFor, validMot, validScqa } from '../fixtures/bad-cases.ts';
import { createTempProject, type TempProject } from '../helpers/temp-project.ts';

const check = 'scripts/check.ts';
const lineFormat = /^(\S+):(\d+):(\d+) (error|warning) (\S+) (\S+) (.+)$/;

describe('npm run check on a folder of cases', () => {
	let project: TempProject;
	beforeAll(() => {
		project = createTempProject({ 'content/cases/valid-mot.mdx': validMot, 'content/cases/valid-scqa.mdx': validScqa });
	});
	afterAll(() => project.dispose());

	it('exits 0 on valid cases (warnings do not fail) and prints a summary', () => {
		const { code, stdout } = project.run(check);
		expect(code).toBe(0);
		expect(stdout).toMatch(/检查了 2 个案例文件：0 个错误，\d+ 个警告/);
		for (const line of stdout.trim().split('\n').slice(0, -1)) expect(line).toMatch(lineFormat);
	});

	it('exits 1 on a bad file, one line per problem: path:line:col severity rule field message', () => {
		project.write('content/cases/valid-mot.mdx', validMot.replace('side: customer }', 'side: custmer }'));
		const { code, stdout } = project.run(check);
		expect(code).toBe(1);
		const line = stdout.split('\n').find((l) => l.includes(' enum '))!;
		const [, file, lineNo, , severity, rule, field, message] = lineFormat.exec(line)!;
		expect({ file, severity, rule, field }).toEqual({ file: 'content/cases/valid-mot.mdx', severity: 'error', rule: 'enum', field: 'people[0].side' });
		expect(validMot.split('\n')[Number(lineNo) - 1]).toContain('side: customer');
		expect(message).toContain('customer');
		expect(message).toContain('改为：side: customer');
		project.write('content/cases/valid-mot.mdx', validMot);
	});

	it('speaks English with --lang en', () => {
		project.write('content/cases/valid-mot.mdx', validMot.replace('industry: telecom', 'industry: telcom'));
		const { stdout } = project.run(check, ['--lang', 'en']);
		expect(stdout).toContain('industry "telcom" is not in content/vocabulary.yaml; did you mean "telecom"? fix: industry: telecom');
		expect(stdout).toMatch(/^Checked 2 case files: 1 error, 0 warnings$/m);
		expect(project.run(check, ['--lang', 'en', 'content/cases/valid-scqa.mdx']).stdout).toMatch(/^Checked 1 case file: 0 errors, 0 warnings$/m);
		project.write('content/cases/valid-mot.mdx', validMot);
	});

	it('writes JSON with --format json', () => {
		project.write('content/cases/valid-mot.mdx', validMot.replace('perception: -1', 'perception: 9'));
		const { code, stdout } = project.run(check, ['--format', 'json']);
		expect(code).toBe(1);
		const report = JSON.parse(stdout);
		expect(report.version).toBe(1);
		expect(report.summary.errors).toBe(1);
		expect(report.problems[0]).toMatchObject({ file: 'content/cases/valid-mot.mdx', rule: 'perception', field: 'perception', severity: 'error' });
		project.write('content/cases/valid-mot.mdx', validMot);
	});

	it('writes GitHub annotations with --format github', () => {
		project.write('content/cases/valid-mot.mdx', validMot.replace('grid: [C1.1, C2.1]', 'grid: [C1.1, C9]'));
		const { stdout } = project.run(check, ['--format', 'github']);
		expect(stdout).toMatch(/^::error file=content\/cases\/valid-mot\.mdx,line=6,col=\d+,title=grid-code::grid\[1\]: /m);
		project.write('content/cases/valid-mot.mdx', validMot);
	});

	it('with a path, reports only that file while still resolving links against all cases', () => {
		project.write('content/cases/other.mdx', validScqa.replace('id: fixture-scqa', 'id: other-case').replace('industry: banking', 'industry: bank'));
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
		project.write('content/cases/valid-mot.mdx', validMot.replace('  - { name: 张女士', '\t- { name: 张女士'));
		const { code, stdout, stderr } = project.run(check);
		expect(code).toBe(1);
		expect(stdout).toMatch(/content\/cases\/valid-mot\.mdx:10:\d+ error yaml-syntax - YAML 不能用 Tab 缩进/);
		expect(stdout + stderr).not.toMatch(/\n\s+at /);
		project.write('content/cases/valid-mot.mdx', validMot);
	});

	it('fails on every error row of the bad-input table, naming the file', () => {
		for (const row of badCases.filter((r) => (r.severity ?? 'error') === 'error')) {
			for (const [file, text] of Object.entries(filesFor(row))) project.write(file, text);
			const { code, stdout } = project.run(check);
			expect(code, row.name).toBe(1);
			expect(stdout, row.name).toContain(`${badFileOf(row)}:`);
			expect(stdout, row.name).toContain(` ${row.rule} `);
		}
		project.write('content/cases/valid-mot.mdx', validMot);
		project.write('content/cases/valid-scqa.mdx', validScqa);
	});

	it('warns about stray files that would never reach the handbook', () => {
		project.write('content/cases/notes.txt', 'x');
		const { code, stdout } = project.run(check);
		expect(code).toBe(0);
		expect(stdout).toContain('content/cases/notes.txt:0:0 warning file-type');
		project.remove('content/cases/notes.txt');
	});
});

describe('npm run check -- --report', () => {
	it('prints each case\'s completeness and the average', () => {
		const project = createTempProject({ 'content/cases/valid-mot.mdx': validMot, 'content/cases/valid-scqa.mdx': validScqa });
		const { code, stdout } = project.run(check, ['--report', '--lang', 'en']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^ 11% fixture-scqa \(content\/cases\/valid-scqa\.mdx\) could add: questions/m);
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
			'content/guides/good.mdx': guide('title: 好\ndescription: 一句话\norder: 1', '模板里要填写的地方都标着“待填写”。见 [案例](/cases/fixture-mot/)。'),
			'content/guides/bad.mdx': guide('title: 坏\ndescripton: 拼错\norder: 2', '电话 13912345678,见 [不存在](/cases/no-such-case/)。'),
		});
		const { code, stdout } = project.run(check);
		expect(code).toBe(1);
		expect(stdout).not.toContain('content/guides/good.mdx');
		const badLines = stdout.split('\n').filter((line) => line.startsWith('content/guides/bad.mdx:'));
		for (const rule of ['unknown-key descripton', 'pii-mobile body', 'link-missing body']) expect(badLines.some((line) => line.includes(` ${rule} `))).toBe(true);
		project.dispose();
	});
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkProject } from '../../src/checker/project-fs.ts';
import { renderMessage } from '../../src/checker/messages.ts';
import { createTempProject, repoRoot } from '../helpers/temp-project.ts';
import { isLocalUrl } from '../../src/integrations/site-url-warning.ts';

const sample = readFileSync(`${repoRoot}/content/sets/leaving-customers.yaml`, 'utf8');

function checkWith(files: Record<string, string>) {
	const temp = createTempProject(files, { samples: true });
	try {
		return checkProject({ root: temp.root }).problems.filter(
			(p) => p.file.startsWith('content/sets/') || p.file.startsWith('content/notes/'),
		);
	} finally {
		temp.dispose();
	}
}
const lines = (problems: ReturnType<typeof checkWith>) =>
	problems.map((p) => `${p.file}:${p.line} ${p.rule} ${p.field} ${renderMessage(p, 'en')}`);

describe('case sets in check', () => {
	it('passes the sample set', () => {
		expect(checkWith({ 'content/sets/leaving-customers.yaml': sample })).toEqual([]);
	});

	it('names the file and line of an unknown case, a case listed twice and a set id used twice', () => {
		const bad = sample
			.replace('id: dealer-insurance-assessment', 'id: dealer-insurance-assesment')
			.replace('id: telecom-billing-media', 'id: supermarket-half-lettuce');
		const out = lines(
			checkWith({
				'content/sets/leaving-customers.yaml': sample,
				'content/sets/copy.yaml': bad,
			}),
		);
		const lineOf = (text: string) => bad.split('\n').findIndex((l) => l.includes(text)) + 1;
		expect(out).toEqual(
			expect.arrayContaining([
				// Files are read in name order: the second file with the id is the one reported.
				expect.stringMatching(
					/^content\/sets\/leaving-customers.yaml:3 duplicate-id id .*content\/sets\/copy.yaml/,
				),
				expect.stringMatching(
					new RegExp(
						`^content/sets/copy.yaml:${lineOf('assesment')} set-cases cases\\[2\\]\\.id no case has the id "dealer-insurance-assesment"`,
					),
				),
			]),
		);
		expect(out).toContain(
			`content/sets/copy.yaml:${bad.split('\n').lastIndexOf('  - id: supermarket-half-lettuce') + 1} duplicate-value cases[3].id the case "supermarket-half-lettuce" is listed twice in this set`,
		);
	});

	it('fails a set without cases, a misspelled field and minutes that are not minutes', () => {
		const out = lines(
			checkWith({
				'content/sets/empty.yaml':
					'id: empty-set\ntitle: 空\naudience: 新员工\nduration: 1.5\nobjectives: [了解]\ncases: []\nobjective: x\n',
			}),
		);
		expect(out).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^content\/sets\/empty.yaml:4 set-minutes duration/),
				expect.stringMatching(/^content\/sets\/empty.yaml:6 set-cases cases/),
				expect.stringMatching(
					/^content\/sets\/empty.yaml:7 unknown-key objective unknown field objective/,
				),
			]),
		);
	});

	it('refuses a set id that an ad-hoc set page already uses', () => {
		const out = lines(
			checkWith({
				'content/sets/present.yaml': sample.replace('id: leaving-customers', 'id: present'),
			}),
		);
		expect(out).toEqual([expect.stringMatching(/^content\/sets\/present.yaml:3 id-format id /)]);
	});
});

describe('teaching notes in check', () => {
	const note = readFileSync(`${repoRoot}/content/notes/supermarket-half-lettuce.mdx`, 'utf8');

	it('passes the sample note, and fails a note named after no case', () => {
		expect(checkWith({})).toEqual([]);
		const out = lines(checkWith({ 'content/notes/no-such-case.mdx': note }));
		expect(out).toEqual([
			expect.stringMatching(/^content\/notes\/no-such-case.mdx:1 set-cases .*no-such-case/),
		]);
	});

	it('checks a note like a guide: unsafe MDX, personal data, objectives', () => {
		const bad = note
			.replace('minutes: 20', 'minutes: 20\nobjective: x')
			.replace('## 板书', '<script>alert(1)</script>\n\n手机 13912345678\n\n## 板书');
		const out = lines(checkWith({ 'content/notes/supermarket-half-lettuce.mdx': bad }));
		expect(out.map((l) => l.split(' ')[1])).toEqual(
			expect.arrayContaining(['unknown-key', 'mdx-script', 'pii-mobile']),
		);
	});
});

describe('the local-address warning', () => {
	it('fires for this machine only', () => {
		for (const url of [
			'',
			'http://localhost:4321',
			'http://127.0.0.1:8080',
			'http://[::1]/',
			'http://0.0.0.0',
		])
			expect(isLocalUrl(url), url).toBe(true);
		for (const url of [
			'https://intranet.example.com',
			'http://10.1.2.3',
			'https://mot.example.cn/mot',
		])
			expect(isLocalUrl(url), url).toBe(false);
	});
});

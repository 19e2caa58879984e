import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkProject } from '../../src/checker/project-fs.ts';
import { renderMessage } from '../../src/checker/messages.ts';
import { createTempProject, repoRoot } from '../helpers/temp-project.ts';

const sample = readFileSync(`${repoRoot}/content/sets/leaving-customers.yaml`, 'utf8');

function checkWith(files: Record<string, string>) {
	const temp = createTempProject(files, { samples: true });
	try {
		return checkProject({ root: temp.root }).problems.filter((p) =>
			p.file.startsWith('content/sets/'),
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
});

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { updateCaseFile } from '../../src/authoring/edit-case.ts';
import { caseToForm, openCaseText, savedCaseText } from '../../src/authoring/case-to-form.ts';
import { formToCase } from '../../src/authoring/form-model.ts';
import { readCaseSource } from '../../src/checker/source.ts';
import type { Yamlish } from '../../src/authoring/serialize.ts';
import { changedLines } from '../helpers/changed-lines.ts';

const casesDir = new URL('../../content/cases/', import.meta.url);
const samples = readdirSync(casesDir).filter((name) => name.endsWith('.mdx'));

/** What an editor reads from a case file: its fields as plain values, and its body. */
function open(text: string): { fields: Record<string, Yamlish>; body: string } {
	const source = readCaseSource('', text);
	const yaml = text.slice(source.yamlOffset, text.lastIndexOf('\n---', source.bodyOffset - 1) + 1);
	return { fields: parseDocument(yaml).toJS(), body: source.body.trim() };
}

const gold = readFileSync(new URL('gold-card-lounge.mdx', casesDir), 'utf8');

describe('saving an edited case into its file', () => {
	it.each(samples)('%s opened and saved without edits is byte-identical', (name) => {
		const text = readFileSync(new URL(name, casesDir), 'utf8');
		const { fields, body } = open(text);
		expect(updateCaseFile(text, fields, body)).toBe(text);
	});

	it('keeps comments, quoting and order, and changes only the edited line', () => {
		const text = gold
			.replace('kind: mot\n', 'kind: mot # 六段式\n')
			.replace(
				'place: 成都双流国际机场 航空公司贵宾休息室',
				"place: '成都双流国际机场 航空公司贵宾休息室'",
			);
		const { fields, body } = open(text);
		const saved = updateCaseFile(text, { ...fields, title: '查不到卡号的金卡会员' }, body);
		expect(changedLines(text, saved)).toEqual([
			'-title: 查不到卡号的金卡客户',
			'+title: 查不到卡号的金卡会员',
		]);
	});

	it('changes one text inside a one-line { … } item and nothing else on the line', () => {
		const { fields, body } = open(gold);
		const demands = structuredClone(fields.demands) as { text: string }[];
		demands[1]!.text = '不带卡也能查到卡号，不必反复解释';
		const saved = updateCaseFile(gold, { ...fields, demands }, body);
		const before = (fields.demands as { text: string }[])[1]!.text;
		const line = gold.split('\n').find((l) => l.includes(before))!;
		expect(changedLines(gold, saved)).toEqual([
			`-${line}`,
			`+${line.replace(before, '不带卡也能查到卡号，不必反复解释')}`,
		]);
	});

	it('adds and removes list items as lines, quoting a text only where YAML needs it', () => {
		const { fields, body } = open(gold);
		const insights = [...(fields.insights as string[]), '规则: 要讲道理'];
		const added = updateCaseFile(gold, { ...fields, insights }, body);
		expect(changedLines(gold, added)).toEqual(['+  - "规则: 要讲道理"']);
		const questions = (fields.questions as string[]).slice(0, 2);
		const removed = updateCaseFile(gold, { ...fields, questions }, body);
		expect(changedLines(gold, removed).every((line) => line.startsWith('-  - '))).toBe(true);
		expect(changedLines(gold, removed)).toHaveLength(2);
	});

	it('removes a cleared optional field and adds a new one after its neighbour in the registry order', () => {
		const { fields, body } = open(gold);
		const cleared = updateCaseFile(gold, { ...fields, scope: undefined }, body);
		expect(changedLines(gold, cleared)).toEqual(['-scope: external']);
		const { updated: _none, ...rest } = fields;
		const dated = updateCaseFile(gold, { ...rest, updated: '2026-12-01' }, body);
		expect(changedLines(gold, dated)).toEqual(['+updated: 2026-12-01']);
		expect(dated.indexOf('updated: 2026-12-01')).toBeGreaterThan(dated.indexOf('published:'));
	});

	it('replaces the body and keeps the frontmatter and the blank line after it', () => {
		const { fields, body } = open(gold);
		const saved = updateCaseFile(gold, fields, body.replace('13:10', '13:15'));
		const diff = changedLines(gold, saved);
		expect(diff).toHaveLength(2);
		expect(diff[1]).toContain('13:15');
	});
});

describe('a published case opened in the form and saved', () => {
	const knownTags = ['服务热线', '首问负责', '等待时间'];
	it.each(samples)('%s: unchanged form, byte-identical file', (name) => {
		const text = readFileSync(new URL(name, casesDir), 'utf8');
		const opened = openCaseText(`content/cases/${name}`, text);
		const state = caseToForm(opened.fields, opened.body, knownTags);
		expect(formToCase(state).fields.title).toBe(opened.fields.title);
		expect(savedCaseText(opened, state, state)).toBe(text);
	});

	it('one sentence changed in the form: one line of the file changes', () => {
		const opened = openCaseText('content/cases/gold-card-lounge.mdx', gold);
		const state = caseToForm(opened.fields, opened.body, knownTags);
		const edited = { ...state, summary: `${state.summary}（已更正）` };
		expect(changedLines(gold, savedCaseText(opened, edited, state))).toEqual([
			`-summary: ${opened.fields.summary}`,
			`+summary: ${opened.fields.summary}（已更正）`,
		]);
		const keyPoints = { ...state, keyCritical: '回电的承诺没有兑现' };
		const diff = changedLines(gold, savedCaseText(opened, keyPoints, state));
		expect(diff).toEqual([
			'-  critical: 承诺的回电时间没有兑现，客户的等待变成了被忽视',
			'+  critical: 回电的承诺没有兑现',
		]);
	});
});

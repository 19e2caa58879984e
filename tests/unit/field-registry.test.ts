/**
 * The field registry is the one place a case's shape is described: a field added to a copy of
 * it — a plain list, a repeatable group of rows, a record of named parts — is validated, written
 * by the scaffold and the form, shown on the case page and in the slides, counted by search,
 * with no other change. (README, "Adding a field".)
 */
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { caseFields, type CaseField } from '../../schemas/case-fields.ts';
import { createCaseSchema } from '../../schemas/case.ts';
import {
	emptyFormState,
	formFieldPath,
	formPlainFields,
	formToCase,
	groupNamesOf,
	rowTemplate,
} from '../../src/authoring/form-model.ts';
import { scaffoldFields } from '../../src/authoring/scaffold.ts';
import { caseToMdx } from '../../src/authoring/serialize.ts';
import { caseViewLabels } from '../../src/lib/case-sections.ts';
import { caseView } from '../../src/lib/case-view.ts';
import { caseSlides } from '../../src/lib/slides.ts';
import { loadVocabulary } from '../../src/config/load-fs.ts';
import { repoRoot } from '../helpers/temp-project.ts';
import { validMot } from '../fixtures/bad-cases.ts';

/** What a training department might add: what the staff member would do differently. */
const lessonsLearned: CaseField = {
	key: 'lessonsLearned',
	kinds: ['mot'],
	required: false,
	shape: 'lines',
	label: { zh: '当事人的反思', en: 'What the staff would do differently' },
	hint: { zh: '每行一条。', en: 'One per line.' },
	placeholder: '当事人下次会怎么做',
	example: ['先确认客户的身份，再解释规定'],
	section: 'lessons-learned',
	slides: 'analysis',
	list: 'unordered',
	search: true,
};
const registry = [...caseFields, lessonsLearned];
const vocabulary = loadVocabulary(repoRoot);
const frontmatter = load(validMot.split('---')[1]!) as Record<string, unknown>;

describe('a plain field added to the registry', () => {
	it('is validated by the schema: a list of texts, optional', () => {
		const schema = createCaseSchema(vocabulary, registry);
		expect(schema.safeParse({ ...frontmatter, lessonsLearned: ['下次先核实身份'] }).success).toBe(
			true,
		);
		expect(schema.safeParse(frontmatter).success).toBe(true);
		expect(schema.safeParse({ ...frontmatter, lessonsLearned: '不是列表' }).success).toBe(false);
		// Without the entry the key is unknown, as before.
		expect(
			createCaseSchema(vocabulary).safeParse({ ...frontmatter, lessonsLearned: ['x'] }).success,
		).toBe(false);
	});

	it('is written by the scaffold with its marker', () => {
		const fields = scaffoldFields({ kind: 'mot', grid: ['C1.2'] }, 'new-case', registry);
		expect(fields.lessonsLearned).toEqual(['待填写:当事人下次会怎么做']);
		expect(caseToMdx(fields, '')).toContain('lessonsLearned:');
	});

	it('has a control in the form, whose lines become the list', () => {
		expect(formPlainFields('mot', 'own', registry).map((field) => field.key)).toContain(
			'lessonsLearned',
		);
		const state = {
			...emptyFormState('2026-11-30', registry),
			lessonsLearned: '先确认身份\n再解释规定\n',
		};
		expect(formToCase(state, registry).fields.lessonsLearned).toEqual(['先确认身份', '再解释规定']);
		const emptied = { ...state, lessonsLearned: '' };
		expect(formToCase(emptied, registry).fields.lessonsLearned).toBeUndefined();
	});

	it('is a section of the case page, under its anchor, with its items', () => {
		const data = {
			...frontmatter,
			lessonsLearned: ['先确认身份', '再解释规定'],
		} as unknown as Parameters<typeof caseView>[0];
		const sections = caseView(data, {
			lang: 'zh',
			labels: caseViewLabels,
			hasBody: true,
			registry,
		});
		const section = sections.find((s) => s.id === 'lessons-learned');
		expect(section?.label.zh).toBe('当事人的反思');
		expect(JSON.stringify(section?.content)).toBe(
			JSON.stringify([
				{
					tag: 'ul',
					children: [
						{ tag: 'li', children: ['先确认身份'] },
						{ tag: 'li', children: ['再解释规定'] },
					],
				},
			]),
		);
		// The course's parts keep their places: the new part follows insights, before the questions.
		const ids = sections.map((s) => s.id);
		expect(ids.indexOf('lessons-learned')).toBe(ids.indexOf('insights') + 1);
		// Empty, an optional part shows no section.
		expect(
			caseView({ ...frontmatter } as unknown as Parameters<typeof caseView>[0], {
				lang: 'zh',
				labels: caseViewLabels,
				hasBody: true,
				registry,
			}).some((s) => s.id === 'lessons-learned'),
		).toBe(false);
	});

	it('is a slide of the analysis, linkable by its anchor', () => {
		const data = { ...frontmatter, lessonsLearned: ['先确认身份'] } as unknown as Parameters<
			typeof caseSlides
		>[0];
		const slide = caseSlides(data, '', 'zh', registry).find((s) => s.name === 'lessons-learned');
		expect(slide).toMatchObject({
			group: 'analysis',
			heading: { text: '当事人的反思' },
			lines: ['先确认身份'],
			list: 'unordered',
		});
	});
});

/** Options of a choice column, as the course's vocabularies hold them. */
const channels = {
	list: [
		{ key: 'phone', label: { zh: '电话回访', en: 'Phone call' } },
		{ key: 'visit', label: { zh: '上门拜访', en: 'Visit' } },
	],
};
/** A repeatable group: each follow-up's channel and what was said. */
const followUps: CaseField = {
	key: 'followUps',
	kinds: ['mot'],
	required: false,
	shape: 'rows',
	columns: [
		{ key: 'channel', shape: 'choice', label: { zh: '方式', en: 'Channel' }, options: channels },
		{ key: 'note', shape: 'text', label: { zh: '内容', en: 'What was said' } },
	],
	label: { zh: '事后回访', en: 'Follow-ups' },
	placeholder: [{ channel: 'phone', note: '回访时说了什么' }],
	example: [{ channel: 'phone', note: '第二天电话致歉' }],
	section: 'follow-ups',
	slides: 'analysis',
	search: true,
};
/** A record: the staff member's view before and after. */
const staffView: CaseField = {
	key: 'staffView',
	kinds: ['mot'],
	required: false,
	shape: 'record',
	parts: [
		{ key: 'before', shape: 'text', label: { zh: '当时的想法', en: 'Then' } },
		{ key: 'after', shape: 'text', label: { zh: '现在的想法', en: 'Now' } },
	],
	label: { zh: '员工的视角', en: 'The staff’s view' },
	placeholder: { before: '当时怎么想', after: '现在怎么想' },
	example: { before: '按规定办', after: '先听客人说完' },
	section: 'staff-view',
	slides: 'analysis',
	search: true,
};
const structured = [...caseFields, followUps, staffView];
const withBoth = {
	...frontmatter,
	followUps: [
		{ channel: 'visit', note: '第二天上门送伞' },
		{ channel: 'phone', note: '一周后电话回访' },
	],
	staffView: { before: '按规定办', after: '先听客人说完' },
};
type CaseLike = Parameters<typeof caseView>[0];

describe('a rows field and a record field added to the registry', () => {
	it('are validated by the schema: the choice among its options, every part present, optional', () => {
		const schema = createCaseSchema(vocabulary, structured);
		expect(schema.safeParse(withBoth).success).toBe(true);
		expect(schema.safeParse(frontmatter).success).toBe(true);
		expect(
			schema.safeParse({ ...withBoth, followUps: [{ channel: 'fax', note: '传真' }] }).success,
		).toBe(false);
		expect(schema.safeParse({ ...withBoth, staffView: { before: '按规定办' } }).success).toBe(
			false,
		);
		expect(createCaseSchema(vocabulary).safeParse(withBoth).success).toBe(false);
	});

	it('are written by the scaffold, every text marked, the choice as it is', () => {
		const fields = scaffoldFields({ kind: 'mot', grid: ['C1.2'] }, 'new-case', structured);
		expect(fields.followUps).toEqual([{ channel: 'phone', note: '待填写:回访时说了什么' }]);
		expect(fields.staffView).toEqual({ before: '待填写:当时怎么想', after: '待填写:现在怎么想' });
		const mdx = caseToMdx(fields, '');
		expect(mdx).toContain('followUps:');
		expect(mdx).toContain('staffView:');
	});

	it('are in the form: a group of rows with its template, a control per part, and back to the case', () => {
		expect(formPlainFields('mot', 'own', structured).map((field) => field.key)).toEqual(
			expect.arrayContaining(['followUps', 'staffView']),
		);
		expect(groupNamesOf(structured)).toContain('followUps');
		expect(rowTemplate('followUps', structured)).toEqual({ channel: 'phone', note: '' });
		const empty = emptyFormState('2026-11-30', structured);
		expect(empty.followUps).toEqual([{ channel: 'phone', note: '' }]);
		expect(empty).toMatchObject({ staffViewBefore: '', staffViewAfter: '' });
		const state = {
			...empty,
			followUps: [
				{ channel: 'visit', note: '' },
				{ channel: 'visit', note: ' 第二天上门送伞 ' },
			],
			staffViewBefore: '按规定办',
			staffViewAfter: '先听客人说完',
		};
		const { fields, rows } = formToCase(state, structured);
		// A row with only its default choice is an empty row: left out, and the checker's index maps back.
		expect(fields.followUps).toEqual([{ channel: 'visit', note: '第二天上门送伞' }]);
		expect(formFieldPath('followUps[0].note', rows)).toBe('followUps[1].note');
		expect(fields.staffView).toEqual({ before: '按规定办', after: '先听客人说完' });
		// Optional and left empty: not written at all.
		const untouched = formToCase(empty, structured).fields;
		expect(untouched.followUps).toBeUndefined();
		expect(untouched.staffView).toBeUndefined();
	});

	it('are sections of the case page, a table and labelled paragraphs, after the course’s parts', () => {
		const sections = caseView(withBoth as unknown as CaseLike, {
			lang: 'en',
			labels: caseViewLabels,
			hasBody: true,
			registry: structured,
		});
		const ids = sections.map((s) => s.id);
		expect(ids.slice(ids.indexOf('insights'), ids.indexOf('insights') + 3)).toEqual([
			'insights',
			'follow-ups',
			'staff-view',
		]);
		const table = sections.find((s) => s.id === 'follow-ups')!;
		expect(table.label.en).toBe('Follow-ups');
		expect(JSON.stringify(table.content)).toBe(
			JSON.stringify([
				{
					tag: 'table',
					children: [
						{
							tag: 'thead',
							children: [
								{
									tag: 'tr',
									children: [
										{ tag: 'th', attrs: { scope: 'col' }, children: ['Channel'] },
										{ tag: 'th', attrs: { scope: 'col' }, children: ['What was said'] },
									],
								},
							],
						},
						{
							tag: 'tbody',
							children: [
								{
									tag: 'tr',
									children: [
										{ tag: 'td', children: ['Visit'] },
										{ tag: 'td', children: ['第二天上门送伞'] },
									],
								},
								{
									tag: 'tr',
									children: [
										{ tag: 'td', children: ['Phone call'] },
										{ tag: 'td', children: ['一周后电话回访'] },
									],
								},
							],
						},
					],
				},
			]),
		);
		const record = sections.find((s) => s.id === 'staff-view')!;
		expect(JSON.stringify(record.content)).toBe(
			JSON.stringify([
				{
					tag: 'div',
					children: [
						{ tag: 'p', attrs: {}, children: [{ tag: 'strong', children: ['Then'] }, '按规定办'] },
						{
							tag: 'p',
							attrs: {},
							children: [{ tag: 'strong', children: ['Now'] }, '先听客人说完'],
						},
					],
				},
			]),
		);
		const without = caseView(frontmatter as unknown as CaseLike, {
			lang: 'en',
			labels: caseViewLabels,
			hasBody: true,
			registry: structured,
		}).map((s) => s.id);
		expect(without).not.toContain('follow-ups');
		expect(without).not.toContain('staff-view');
	});

	it('are slides of the analysis, linkable by their anchors', () => {
		const slides = caseSlides(
			withBoth as unknown as Parameters<typeof caseSlides>[0],
			'',
			'zh',
			structured,
		);
		expect(slides.find((s) => s.name === 'follow-ups')).toMatchObject({
			group: 'analysis',
			heading: { text: '事后回访' },
			lines: ['上门拜访 —— 第二天上门送伞', '电话回访 —— 一周后电话回访'],
		});
		expect(slides.find((s) => s.name === 'staff-view')).toMatchObject({
			heading: { text: '员工的视角' },
			lines: ['当时的想法:按规定办', '现在的想法:先听客人说完'],
		});
	});
});

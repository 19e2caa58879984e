/**
 * The field registry is the one place a case's shape is described: a plain field added to a
 * copy of it is validated, written by the scaffold and the form, shown on the case page and in
 * the slides — with no other change. (README, "Adding a field".)
 */
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { caseFields, type CaseField } from '../../schemas/case-fields.ts';
import { createCaseSchema } from '../../schemas/case.ts';
import { emptyFormState, formPlainFields, formToCase } from '../../src/authoring/form-model.ts';
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

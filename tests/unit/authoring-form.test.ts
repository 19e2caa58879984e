import { describe, expect, it } from 'vitest';
import { createCheckContext } from '../../src/checker/check.ts';
import { parseMdxAsBuilt } from '../../src/checker/node/parse-mdx.ts';
import { loadVocabulary } from '../../src/config/load-fs.ts';
import { checkDraft, type PublishedCase } from '../../src/authoring/check-draft.ts';
import {
	emptyFormState,
	fieldPathCandidates,
	formFieldPath,
	formToCase,
	formToMdx,
	suggestedId,
} from '../../src/authoring/form-model.ts';
import { caseFilePath, caseObjectSchemas } from '../../schemas/case.ts';
import { proposeUrl, maxProposeUrlLength } from '../../src/client/author/output.ts';
import { motForm, scqaForm } from '../fixtures/form-states.ts';

const root = new URL('../..', import.meta.url).pathname;
const vocabulary = loadVocabulary(root);
const context = createCheckContext(vocabulary, parseMdxAsBuilt);
const published: PublishedCase[] = [
	{
		id: 'gold-card-lounge',
		title: '金卡',
		aliases: ['airport-lounge-gold-card'],
		file: 'content/cases/gold-card-lounge.mdx',
	},
];
const errorsOf = (mdx: string, file = 'content/cases/draft.mdx') =>
	checkDraft(file, mdx, context, published).filter((p) => p.severity === 'error');

describe('the authoring form model', () => {
	it.each([
		['mot', motForm],
		['scqa', scqaForm],
	] as const)('turns a filled %s form into MDX the checker accepts', (_kind, state) => {
		expect(errorsOf(formToMdx(state))).toEqual([]);
	});

	it('an empty form names every required field instead of writing a broken file', () => {
		const problems = errorsOf(formToMdx(emptyFormState('2026-11-23')));
		const fields = new Set(problems.map((p) => p.field));
		for (const field of [
			'title',
			'summary',
			'grid',
			'time.start',
			'place',
			'people',
			'industry',
			'demands',
			'keyPoints.critical',
			'processChanges',
			'insights',
			'authors',
		]) {
			expect(fields, field).toContain(field);
		}
		expect(problems.every((p) => p.rule !== 'yaml-syntax')).toBe(true);
	});

	it('covers every field of both kinds of the schema', () => {
		const optionalParts = {
			tags: ['贵宾服务'],
			tagsOther: '雨天',
			outcome: 'positive',
			perception: '2',
			servqual: ['empathy'],
			scope: 'internal',
			questions: '一个问题',
			related: 'gold-card-lounge',
			aliases: 'old-doorman',
			lang: 'zh-TW',
			enTitle: 'The doorman',
			enSummary: 'A doorman changes money for a guest.',
			updated: '2026-11-22',
			touchpoint: 'core',
			serviceLevel: 'surprising',
			customerStyle: 'S',
			interaction: [
				{ step: 'explore', text: '问清客户要去哪里', perception: '1' },
				{ step: 'act', text: '马上叫车', perception: '2' },
			],
			complaintHandlingListen: '听客户说完',
		};
		for (const [kind, state] of [
			['mot', { ...motForm, ...optionalParts }],
			['scqa', { ...scqaForm, ...optionalParts, body: '更多细节' }],
		] as const) {
			const keys = Object.keys(formToCase(state).fields).filter(
				(key) => formToCase(state).fields[key] !== undefined,
			);
			expect(keys.sort(), kind).toEqual(
				Object.keys(caseObjectSchemas(vocabulary)[kind].shape).sort(),
			);
			expect(errorsOf(formToMdx(state))).toEqual([]);
		}
	});

	it("drops empty rows and maps the checker's list index back to the form row", () => {
		const state = {
			...motForm,
			people: [
				{ name: '', role: '', side: 'customer' },
				...motForm.people.map((p, i) => (i === 1 ? { ...p, side: 'partner' } : p)),
			],
		};
		const { fields, rows } = formToCase(state);
		expect((fields.people as unknown[]).length).toBe(2);
		expect(formFieldPath('people[1].side', rows)).toBe('people[2].side');
		expect(fieldPathCandidates('people[2].side')).toEqual([
			'people[2].side',
			'people[2]',
			'people',
		]);
	});

	it('flags personal data and unsafe MDX typed into the form', () => {
		const rules = errorsOf(
			formToMdx({
				...motForm,
				body: `${motForm.body}\n\n客人留的电话是 13912345678。\n\n<script>alert(1)</script>`,
			}),
		).map((p) => p.rule);
		expect(rules).toContain('pii-mobile');
		expect(rules).toContain('mdx-script');
	});

	it('checks the draft against published cases: a taken id, an alias, a missing related case', () => {
		const taken = errorsOf(
			formToMdx({ ...motForm, id: 'gold-card-lounge' }),
			caseFilePath('gold-card-lounge'),
		);
		// Once, at the draft's own id line, naming the published case's file.
		expect(
			taken
				.filter((p) => p.rule === 'duplicate-id')
				.map((p) => ({ file: p.file, line: p.line, field: p.field, other: p.params?.other })),
		).toEqual([
			{
				file: 'content/cases/gold-card-lounge.mdx',
				line: 2,
				field: 'id',
				other: 'content/cases/gold-card-lounge.mdx',
			},
		]);
		const alias = errorsOf(formToMdx({ ...motForm, aliases: 'airport-lounge-gold-card' }));
		expect(alias.map((p) => p.rule)).toContain('alias-clash');
		const related = errorsOf(formToMdx({ ...motForm, related: 'gold-card-lounge no-such-case' }));
		expect(related.map((p) => `${p.rule} ${p.field}`)).toEqual(['related-missing related[1]']);
	});

	it('suggests a free id from the title: Latin words, else the grid point and a code of the title; the date only without a title', () => {
		const grid = [{ code: 'C5.3' }];
		const published = '2026-11-20';
		expect(suggestedId({ grid, published, title: '' }, new Set())).toBe('c5-3-20261120');
		expect(suggestedId({ grid, published, title: '' }, new Set(['c5-3-20261120']))).toBe(
			'c5-3-20261120-2',
		);
		expect(suggestedId({ grid, published, title: 'The Umbrella at the Door' }, new Set())).toBe(
			'the-umbrella-at-the-door',
		);
		expect(
			suggestedId(
				{ grid, published, title: '门童的伞', enTitle: 'The doorman’s umbrella' },
				new Set(),
			),
		).toMatch(/^c5-3-[a-z0-9]{5}$/);
		expect(
			suggestedId(
				{ grid, published, title: '门童的伞', enTitle: 'The doorman umbrella' },
				new Set(),
			),
		).toBe('the-doorman-umbrella');
		const id = suggestedId({ grid, published, title: '门童的伞' }, new Set());
		expect(id).toMatch(/^c5-3-[a-z0-9]{5}$/);
		// Stable for one title, different for another, free, and valid for the checker.
		expect(suggestedId({ grid, published: '2027-01-01', title: '门童的伞' }, new Set())).toBe(id);
		expect(suggestedId({ grid, published, title: '门童的雨伞' }, new Set())).not.toBe(id);
		expect(suggestedId({ grid, published, title: '门童的伞' }, new Set([id]))).toBe(`${id}-2`);
		expect(errorsOf(formToMdx({ ...motForm, id })).filter((p) => p.field === 'id')).toEqual([]);
	});
});

describe('propose on GitHub', () => {
	const repository = { url: 'https://github.com/example/mot-handbook/', branch: 'main' };

	it('opens the new-file page with the file name and the content filled in', () => {
		const mdx = formToMdx(motForm);
		const { url, complete } = proposeUrl(repository, 'content/cases/rainy-night-doorman.mdx', mdx);
		const parsed = new URL(url);
		expect(complete).toBe(true);
		expect(parsed.origin + parsed.pathname).toBe(
			'https://github.com/example/mot-handbook/new/main/content/cases',
		);
		expect(parsed.searchParams.get('filename')).toBe('rainy-night-doorman.mdx');
		expect(parsed.searchParams.get('value')).toBe(mdx);
	});

	it('leaves the content out of a URL that would be too long for the host', () => {
		const { url, complete } = proposeUrl(repository, 'content/cases/long.mdx', '长'.repeat(4000));
		expect(complete).toBe(false);
		expect(url.length).toBeLessThanOrEqual(maxProposeUrlLength);
		expect(new URL(url).searchParams.get('value')).toBeNull();
	});

	it('keeps every filled link under 7 KB, where GitHub starts refusing them (HTTP 414)', () => {
		// ASCII text is one URL character per character; the rest of the URL is about 100.
		for (const [n, fits] of [
			[6000, true],
			[7100, false],
			[7500, false],
		] as const) {
			const { url, complete } = proposeUrl(repository, 'content/cases/long.mdx', 'a'.repeat(n));
			expect(url.length, String(n)).toBeLessThanOrEqual(7 * 1024);
			expect(complete, String(n)).toBe(fits);
		}
	});
});

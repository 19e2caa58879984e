import { describe, expect, it } from 'vitest';
import { parseStoredDraft } from '../../src/authoring/draft-schema.ts';
import { emptyFormState } from '../../src/authoring/form-model.ts';
import { motForm, scqaForm } from '../fixtures/form-states.ts';

describe('a draft read back from local storage', () => {
	it('is the form state it was saved as', () => {
		for (const state of [motForm, scqaForm])
			expect(parseStoredDraft(JSON.stringify(state))).toEqual(state);
	});

	it('from an older form: missing fields start empty, fields the form no longer has are dropped', () => {
		expect(parseStoredDraft(JSON.stringify({ title: '旧草稿', retired: 1 }))).toEqual({
			...emptyFormState(''),
			title: '旧草稿',
		});
	});

	it('of the wrong shape, or not JSON, is not a draft', () => {
		for (const stored of [
			'{"people":5}',
			'{"kind":"other"}',
			'{"grid":[{"code":1}]}',
			'{"tags":"a"}',
			'null',
			'[]',
			'"text"',
			'not json{',
		]) {
			expect(parseStoredDraft(stored), stored).toBeUndefined();
		}
	});
});

/**
 * The draft in local storage, one per handbook (keyed by its base path), so a closed tab or
 * a dropped connection loses nothing. A stored draft from an older form is merged over an
 * empty state, so fields added since then start empty instead of breaking the form.
 */
import { emptyFormState, type FormState } from '../../authoring/form-model.ts';

let key = 'mot-handbook:author-draft:/';

export function loadDraft(base: string): { state?: FormState } {
	key = `mot-handbook:author-draft:${base}`;
	try {
		const stored = window.localStorage.getItem(key);
		if (!stored) return {};
		const parsed = JSON.parse(stored) as Partial<FormState>;
		return { state: { ...emptyFormState(''), ...parsed } };
	} catch {
		return {};
	}
}

export function saveDraft(state: FormState): void {
	try {
		window.localStorage.setItem(key, JSON.stringify(state));
	} catch {
		// Storage full or disabled (private mode): the form still works, the draft is just not kept.
	}
}

export function clearDraft(): void {
	try {
		window.localStorage.removeItem(key);
	} catch {
		// Nothing stored.
	}
}

/**
 * The draft in local storage, one per handbook (keyed by its base path), so a closed tab or
 * a dropped connection loses nothing. A stored draft is checked against the form's shape
 * (`formDraftSchema`); fields added since it was saved start empty, and one the form cannot
 * show is set aside under a key of its own (nothing lost) so the form starts empty instead.
 */
import { parseStoredDraft } from '../../authoring/draft-schema.ts';
import type { FormState } from '../../authoring/form-model.ts';

let key = 'mot-handbook:author-draft:/';
/** False when an unreadable draft could not be copied aside: it then stays where it is, unsaved over. */
let saving = true;

export interface LoadedDraft {
	state?: FormState;
	/** The key an unreadable draft now sits under. */
	setAsideAs?: string;
}

export function loadDraft(base: string): LoadedDraft {
	key = `mot-handbook:author-draft:${base}`;
	let stored: string | null;
	try {
		stored = window.localStorage.getItem(key);
	} catch {
		// Storage disabled (private mode): the form works without a draft.
		return {};
	}
	if (!stored) return {};
	const state = parseStoredDraft(stored);
	return state ? { state } : { setAsideAs: setAsideDraft() };
}

/**
 * Moves the stored draft to `<key>:set-aside:<time>` and returns that key; when the copy
 * cannot be written (storage full), leaves it in place, stops saving over it, and returns its key.
 */
export function setAsideDraft(): string {
	const aside = `${key}:set-aside:${new Date().toISOString()}`;
	try {
		const stored = window.localStorage.getItem(key);
		if (stored !== null) window.localStorage.setItem(aside, stored);
		window.localStorage.removeItem(key);
		return aside;
	} catch {
		saving = false;
		return key;
	}
}

export function saveDraft(state: FormState): void {
	if (!saving) return;
	try {
		window.localStorage.setItem(key, JSON.stringify(state));
	} catch {
		// Storage full or disabled (private mode): the form still works, the draft is just not kept.
	}
}

export function clearDraft(): void {
	saving = true;
	try {
		window.localStorage.removeItem(key);
	} catch {
		// Nothing stored.
	}
}

/** Where an edit of a published case keeps the opened file (`edit-session.ts`), beside the draft. */
export const editSessionKey = (base: string) => `mot-handbook:author-edit:${base}`;

/** Whether an edit is stored, without loading the code that edits. */
export function hasEditSession(base: string): boolean {
	try {
		return window.localStorage.getItem(editSessionKey(base)) !== null;
	} catch {
		return false;
	}
}

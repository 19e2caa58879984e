/**
 * Editing a published case (`/author/?edit=<id>`): loaded only then. Fetches the case's file as
 * published (`urls.caseSource`), fills the form from it, keeps the opened file beside its draft
 * (local storage) so a reload continues the edit, and writes the edited file with only the
 * author's changes (src/authoring/case-to-form.ts).
 */
import {
	caseToForm,
	openCaseText,
	savedCaseText,
	type OpenedCase,
} from '../../authoring/case-to-form.ts';
import type { PublishedCase } from '../../authoring/check-draft.ts';
import type { FormState } from '../../authoring/form-model.ts';
import { caseFilePath } from '../../../schemas/case.ts';
import { createUrls } from '../../lib/urls.ts';
import type { Locale } from '../../i18n/ui.ts';
import { editSessionKey, noteEdit } from './draft.ts';

export { caseToForm, savedCaseText, type OpenedCase };

/** The opened file, stored beside the draft. */
export interface EditSession {
	id: string;
	file: string;
	original: string;
	/** The form as the file filled it (read back from the page, so in the page's order of options). */
	baseline?: FormState;
}

export function storedSession(base: string): EditSession | undefined {
	try {
		const parsed = JSON.parse(
			window.localStorage.getItem(editSessionKey(base)) ?? 'null',
		) as unknown;
		const s = parsed as EditSession | null;
		return s &&
			typeof s.id === 'string' &&
			typeof s.file === 'string' &&
			typeof s.original === 'string'
			? s
			: undefined;
	} catch {
		return undefined;
	}
}

export function storeSession(base: string, session: EditSession | undefined): void {
	try {
		if (session) window.localStorage.setItem(editSessionKey(base), JSON.stringify(session));
		else window.localStorage.removeItem(editSessionKey(base));
	} catch {
		// Storage full or disabled: the edit goes on in this tab.
	}
	// The draft list says which case the draft edits.
	noteEdit(session?.id);
}

/** Fetches a published case's file; throws with the HTTP status when there is none. */
export async function fetchSession(
	base: string,
	lang: Locale,
	id: string,
	publishedList: string,
): Promise<EditSession> {
	const urls = createUrls(base, lang);
	const [source, list] = await Promise.all([
		fetch(urls.caseSource(id)),
		fetch(publishedList)
			.then((r) => (r.ok ? (r.json() as Promise<PublishedCase[]>) : []))
			.catch(() => [] as PublishedCase[]),
	]);
	if (!source.ok) throw new Error(String(source.status));
	const file = list.find((c) => c.id === id)?.file ?? caseFilePath(id);
	return { id, file, original: await source.text() };
}

export const openSession = (session: EditSession): OpenedCase =>
	openCaseText(session.file, session.original);

export function formFromSession(opened: OpenedCase, knownTags: readonly string[]): FormState {
	return caseToForm(opened.fields, opened.body, knownTags);
}

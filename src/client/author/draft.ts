/**
 * The author's drafts in local storage, several per handbook (keyed by its base path), so a
 * closed tab or a dropped connection loses nothing and a second case does not replace the first.
 * An index lists them (title, kind, last change, the published case an edit opened, the pull
 * request once proposed); each draft's form state sits under a key of its own. The form works on
 * one of them, the current draft: `?draft=<id>`, the draft editing `?edit=<case>`, or the last
 * one opened. The single draft of earlier versions becomes the first draft of the list.
 * A stored draft is checked against the form's shape (`formDraftSchema`); fields added since it
 * was saved start empty, and one the form cannot show is set aside under a key of its own
 * (nothing lost) so the form starts empty instead.
 */
import { parseStoredDraft } from '../../authoring/draft-schema.ts';
import type { FormState } from '../../authoring/form-model.ts';
import { fnv1a } from '../../lib/fnv.ts';

/** One draft as the list shows it. */
export interface DraftEntry {
	id: string;
	title: string;
	kind: FormState['kind'];
	/** Last change, ISO 8601. */
	updated: string;
	/** The published case this draft edits. */
	edit?: string;
	/** The pull request it was proposed as, and the last known result of its checks. */
	proposed?: {
		url: string;
		number: number;
		/** The commit proposed, its checks page, and when (checks-resume.ts follows them again). */
		sha?: string;
		checksUrl?: string;
		at?: string;
		/** Its branch, and the blob sha of the file there: pressing again updates that pull request. */
		branch?: string;
		blob?: string;
		/** A hash of the file as proposed (src/lib/fnv.ts): with nothing changed, nothing is sent. */
		hash?: string;
		/** `at`: when this result was read (a pending one goes stale once the page is closed). */
		checks?: { state: 'pending' | 'success' | 'failure'; failed: number; at: string };
	};
}

interface DraftIndex {
	/** The draft opened last: the form opens it again. */
	current?: string;
	drafts: DraftEntry[];
}

/** Sent on `window` whenever the list changed (the list view redraws). */
export const draftsChanged = 'mot-author-drafts-changed';

let base = '/';
let currentId = '';
/** The state last written, so a save that changes nothing does not move the draft's time. */
let lastSaved = '';
/** False when an unreadable draft could not be copied aside: it then stays where it is, unsaved over. */
let saving = true;

const indexKey = () => `mot-handbook:author-drafts:${base}`;
/** Where the single draft of earlier versions was kept. */
const legacyKey = () => `mot-handbook:author-draft:${base}`;
const legacyEditKey = () => `mot-handbook:author-edit:${base}`;
const stateKey = (id: string) => `mot-handbook:author-draft:${base}:${id}`;
/** Where an edit of a published case keeps the opened file (`edit-session.ts`), beside its draft. */
const editKey = (id: string) => `mot-handbook:author-edit:${base}:${id}`;

const storage = (): Storage | undefined => {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
};

export function readIndex(): DraftIndex {
	try {
		const parsed = JSON.parse(storage()?.getItem(indexKey()) ?? 'null') as DraftIndex | null;
		if (parsed && Array.isArray(parsed.drafts))
			return {
				current: typeof parsed.current === 'string' ? parsed.current : undefined,
				drafts: parsed.drafts.filter(
					(d) => d && typeof d.id === 'string' && typeof d.updated === 'string',
				),
			};
	} catch {
		// An unreadable index: the drafts' own keys are still there; start a new list.
	}
	return { drafts: [] };
}

function writeIndex(index: DraftIndex): void {
	try {
		storage()?.setItem(indexKey(), JSON.stringify(index));
	} catch {
		// Storage full or disabled: the form still works in this tab.
	}
	window.dispatchEvent(new Event(draftsChanged));
}

function changeEntry(id: string, change: (entry: DraftEntry) => void): void {
	const index = readIndex();
	const entry = index.drafts.find((d) => d.id === id);
	if (!entry) return;
	change(entry);
	writeIndex(index);
}

const newDraftId = () =>
	`d${Date.now().toString(36)}${Math.floor(Math.random() * 1296)
		.toString(36)
		.padStart(2, '0')}`;

/** Adds an empty draft to the list and returns its id (the form opens it with `?draft=<id>`). */
export function createDraft(edit?: string): string {
	const index = readIndex();
	const id = newDraftId();
	index.drafts.push({ id, title: '', kind: 'mot', updated: new Date().toISOString(), edit });
	index.current = id;
	writeIndex(index);
	return id;
}

/** Removes a draft, its form state and the edit it holds. */
export function deleteDraft(id: string): void {
	const index = readIndex();
	index.drafts = index.drafts.filter((d) => d.id !== id);
	if (index.current === id) index.current = undefined;
	try {
		storage()?.removeItem(stateKey(id));
		storage()?.removeItem(editKey(id));
	} catch {
		// Nothing stored.
	}
	writeIndex(index);
}

/** The single draft (and edit) of earlier versions, moved into the list as the draft to open. */
function migrate(): { setAsideAs?: string } {
	const store = storage();
	const stored = store?.getItem(legacyKey());
	const edit = store?.getItem(legacyEditKey());
	if (!store || (stored == null && edit == null)) return {};
	if (stored != null && !parseStoredDraft(stored)) {
		const aside = `${legacyKey()}:set-aside:${new Date().toISOString()}`;
		try {
			store.setItem(aside, stored);
			store.removeItem(legacyKey());
			return { setAsideAs: aside };
		} catch {
			return {};
		}
	}
	const id = createDraft();
	try {
		if (stored != null) store.setItem(stateKey(id), stored);
		if (edit != null) store.setItem(editKey(id), edit);
		store.removeItem(legacyKey());
		store.removeItem(legacyEditKey());
	} catch {
		// Could not copy: the old keys stay, and are moved on the next visit.
		deleteDraft(id);
		return {};
	}
	const state = stored == null ? undefined : parseStoredDraft(stored);
	let session: { id?: unknown } | undefined;
	try {
		session = edit == null ? undefined : (JSON.parse(edit) as { id?: unknown });
	} catch {
		// A damaged edit: edit-session.ts ignores it too.
	}
	changeEntry(id, (entry) => {
		entry.title = state?.title.trim() ?? '';
		entry.kind = state?.kind ?? 'mot';
		if (typeof session?.id === 'string') entry.edit = session.id;
	});
	return {};
}

/** A draft with nothing in it yet: no title, summary or text, not an edit, never proposed. */
function isBlank(entry: DraftEntry): boolean {
	if (entry.title || entry.edit || entry.proposed) return false;
	const state = parseStoredDraft(storage()?.getItem(stateKey(entry.id)) ?? 'null');
	return !state || !(state.summary.trim() || state.body.trim());
}

/**
 * Which draft the form opens: the URL's `?draft=`, the draft editing `?edit=` (a new one when
 * none does), the one opened last, or a new one. Other blank drafts leave the list.
 */
function chooseCurrent(fresh: boolean): string {
	const query = new URLSearchParams(window.location.search);
	const index = readIndex();
	const wanted = query.get('draft');
	const edit = query.get('edit');
	const found = fresh
		? undefined
		: (index.drafts.find((d) => d.id === wanted) ??
			(edit
				? index.drafts.find((d) => d.edit === edit && !d.proposed)
				: (index.drafts.find((d) => d.id === index.current) ??
					[...index.drafts].sort((x, y) => y.updated.localeCompare(x.updated))[0])));
	const id = found?.id ?? createDraft();
	for (const entry of readIndex().drafts)
		if (entry.id !== id && isBlank(entry)) deleteDraft(entry.id);
	const after = readIndex();
	if (after.current !== id) writeIndex({ ...after, current: id });
	return id;
}

export interface LoadedDraft {
	state?: FormState;
	/** The key an unreadable draft now sits under. */
	setAsideAs?: string;
}

export function loadDraft(basePath: string): LoadedDraft {
	base = basePath;
	if (!storage()) return {};
	let migrated: ReturnType<typeof migrate> = {};
	try {
		migrated = migrate();
	} catch {
		// A damaged old draft: the list goes on without it.
	}
	// An old draft that could not be read was set aside: the form starts a new, empty one.
	currentId = chooseCurrent(Boolean(migrated.setAsideAs));
	if (migrated.setAsideAs) return { setAsideAs: migrated.setAsideAs };
	let stored: string | null = null;
	try {
		stored = storage()!.getItem(stateKey(currentId));
	} catch {
		return {};
	}
	if (!stored) return {};
	const state = parseStoredDraft(stored);
	if (state) lastSaved = JSON.stringify(state);
	return state ? { state } : { setAsideAs: setAsideDraft() };
}

/** The draft the form is working on. */
export const currentDraft = (): string => currentId;

/**
 * Moves the current draft's state to `<key>:set-aside:<time>` and returns that key; when the copy
 * cannot be written (storage full), leaves it in place, stops saving over it, and returns its key.
 */
export function setAsideDraft(): string {
	const key = stateKey(currentId);
	const aside = `${key}:set-aside:${new Date().toISOString()}`;
	try {
		const stored = window.localStorage.getItem(key);
		if (stored !== null) window.localStorage.setItem(aside, stored);
		window.localStorage.removeItem(key);
		lastSaved = '';
		return aside;
	} catch {
		saving = false;
		return key;
	}
}

export function saveDraft(state: FormState): void {
	if (!saving || !currentId) return;
	const text = JSON.stringify(state);
	if (text === lastSaved) return;
	lastSaved = text;
	try {
		window.localStorage.setItem(stateKey(currentId), text);
	} catch {
		// Storage full or disabled (private mode): the form still works, the draft is just not kept.
		return;
	}
	changeEntry(currentId, (entry) => {
		entry.title = state.title.trim();
		entry.kind = state.kind;
		entry.updated = new Date().toISOString();
	});
}

/** Empties the current draft: it starts again as a new case ("clear"). */
export function clearDraft(): void {
	saving = true;
	lastSaved = '';
	try {
		window.localStorage.removeItem(stateKey(currentId));
	} catch {
		// Nothing stored.
	}
	changeEntry(currentId, (entry) => {
		entry.title = '';
		delete entry.edit;
		delete entry.proposed;
		entry.updated = new Date().toISOString();
	});
}

/** Records which published case the current draft edits (none: a new case). */
export function noteEdit(caseId: string | undefined): void {
	changeEntry(currentId, (entry) => {
		if (caseId) entry.edit = caseId;
		else delete entry.edit;
	});
}

/** The hash a proposed file is remembered by (`proposed.hash`). */
export const proposedHash = (content: string): string =>
	`${content.length}-${fnv1a(content).toString(36)}`;

/** Marks the current draft as proposed (`content`), with its pull request. */
export function markProposed(
	pull: {
		url: string;
		number: number;
		sha?: string;
		checksUrl?: string;
		branch?: string;
		blob?: string;
	},
	content: string,
): void {
	changeEntry(currentId, (entry) => {
		entry.proposed = {
			url: pull.url,
			number: pull.number,
			sha: pull.sha,
			checksUrl: pull.checksUrl,
			branch: pull.branch,
			blob: pull.blob,
			hash: proposedHash(content),
			at: new Date().toISOString(),
		};
	});
}

/** The pull request the current draft was proposed as, if any. */
export const currentProposal = (): DraftEntry['proposed'] =>
	readIndex().drafts.find((d) => d.id === currentId)?.proposed;

/** Keeps the last known result of the checks of the pull request `url` with its draft. */
export function noteChecks(
	url: string,
	checks: { state: 'pending' | 'success' | 'failure' | 'forbidden'; failed: number },
): void {
	const { state, failed } = checks;
	if (state === 'forbidden') return;
	const index = readIndex();
	const entry = index.drafts.find((d) => d.proposed?.url === url);
	if (!entry?.proposed) return;
	if (entry.proposed.checks?.state === state && entry.proposed.checks.failed === failed) return;
	entry.proposed.checks = { state, failed, at: new Date().toISOString() };
	writeIndex(index);
}

/** Where the current draft's edit of a published case is kept (`edit-session.ts`). */
export const editSessionKey = (basePath: string) => {
	base = basePath;
	return editKey(currentId);
};

/** Whether an edit is stored, without loading the code that edits. */
export function hasEditSession(basePath: string): boolean {
	try {
		return window.localStorage.getItem(editSessionKey(basePath)) !== null;
	} catch {
		return false;
	}
}

/** What every rule returns: one problem, located and keyed, with no prose inside. */
export type Severity = 'error' | 'warning';

export interface Problem {
	/** Path of the case file, relative to the project root. */
	file: string;
	/** 1-based line of the offending field or text; 0 when no line applies. */
	line: number;
	/** 1-based column. */
	column: number;
	severity: Severity;
	/** Stable rule id, e.g. `pii-mobile`, printed and usable in tooling. */
	rule: string;
	/** Field path as written in YAML (`people[1].side`), `body` for the narrative, '' for the file. */
	field: string;
	/** Key into the message table (`src/checker/messages.ts`). */
	message: string;
	/** Values the message refers to. */
	params?: Record<string, unknown>;
	/** The corrected YAML or text, shown after the message. */
	fix?: string;
	/** A safe fix as edits to the file's text, which `check --fix` applies (and the form offers). */
	edits?: FileEdit[];
}

/** Replace `remove` characters at `offset` of the file's text by `insert`. */
export interface FileEdit {
	offset: number;
	remove: number;
	insert: string;
}

export interface Position {
	line: number;
	column: number;
}

/** `['people', 1, 'side']` → `people[1].side` */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else out += out ? `.${String(part)}` : String(part);
	}
	return out;
}

export const hasErrors = (problems: readonly Problem[]) =>
	problems.some((p) => p.severity === 'error');

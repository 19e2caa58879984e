/**
 * Case sets (`content/sets/*.yaml`): each file's YAML, schema and personal data like a case's
 * frontmatter, then across files: a set id used twice, a case id no case has, a case listed
 * twice in one set. No file access: the project walk (project-fs.ts) reads the files.
 */
import { setSchema, type SetData } from '../../schemas/set.ts';
import { yamlProblems } from './check.ts';
import { ruleOf, type MessageKey } from './messages.ts';
import type { Problem } from './problem.ts';
import { textRules } from './rules/content.ts';
import { schemaProblems } from './schema-problems.ts';
import { positionOf, readCaseSource, type CaseSource } from './source.ts';

export interface CheckedSet {
	file: string;
	data?: SetData;
	problems: Problem[];
}

/**
 * A set file is YAML alone; the case reader expects it between `---` lines, so it is read as
 * that and every position moved up the one line added.
 */
function readSetSource(file: string, text: string): CaseSource {
	return readCaseSource(file, `---\n${text.replace(/^\uFEFF/, '')}\n---\n`);
}
const unshift = (problem: Problem): Problem => ({
	...problem,
	line: Math.max(1, problem.line - 1),
});

function problemAt(
	source: CaseSource,
	path: readonly PropertyKey[],
	message: MessageKey,
	params: Record<string, unknown>,
	field: string,
): Problem {
	const { line, column } = positionOf(source, path, 'value');
	return {
		file: source.file,
		line,
		column,
		severity: 'error',
		rule: ruleOf(message),
		field,
		message,
		params,
	};
}

/** One set file: YAML, schema, personal data. */
export function checkSetText(file: string, text: string): CheckedSet & { source: CaseSource } {
	const source = readSetSource(file, text);
	if (source.yamlError || source.yamlAnchor)
		return { file, source, problems: yamlProblems(source).map(unshift) };
	const problems = textRules(source, { placeholders: false });
	const result = setSchema.safeParse(source.data);
	if (!result.success) problems.unshift(...schemaProblems(source, result.error.issues, setSchema));
	return {
		file,
		source,
		data: result.success ? result.data : undefined,
		problems: problems.map(unshift),
	};
}

/** Every set file, and the rules across them and the cases. */
export function checkSets(
	files: readonly { file: string; text: string }[],
	caseIds: ReadonlySet<string>,
): CheckedSet[] {
	const checked = files.map(({ file, text }) => checkSetText(file, text));
	const firstWithId = new Map<string, string>();
	for (const set of checked) {
		// Read from the YAML as written, so a file with a schema error is still checked across files.
		const raw = (set.source.data ?? {}) as { id?: unknown; cases?: unknown };
		if (set.source.yamlError) continue;
		const { source } = set;
		const extra: Problem[] = [];
		if (typeof raw.id === 'string') {
			const other = firstWithId.get(raw.id);
			if (other)
				extra.push(problemAt(source, ['id'], 'set.idDuplicate', { value: raw.id, other }, 'id'));
			else firstWithId.set(raw.id, set.file);
		}
		const seen = new Set<string>();
		(Array.isArray(raw.cases) ? raw.cases : []).forEach((item: unknown, i) => {
			const id = (item as { id?: unknown } | null)?.id;
			if (typeof id !== 'string') return;
			const field = `cases[${i}].id`;
			const path = ['cases', i, 'id'];
			if (!caseIds.has(id))
				extra.push(problemAt(source, path, 'set.caseUnknown', { value: id }, field));
			else if (seen.has(id))
				extra.push(problemAt(source, path, 'set.caseDuplicate', { value: id }, field));
			seen.add(id);
		});
		set.problems.push(...extra.map(unshift));
		if (extra.length) set.data = undefined;
	}
	return checked.map(({ file, data, problems }) => ({ file, data, problems }));
}

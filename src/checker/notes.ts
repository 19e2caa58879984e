/**
 * Teaching notes (`content/notes/<case-id>.mdx`), checked like a guide: frontmatter, personal
 * data and MDX safety; and the file must be named after a case that exists. No file access.
 */
import { noteSchema } from '../../schemas/note.ts';
import { yamlProblems } from './check.ts';
import type { ParseMdx } from './mdx-parse.ts';
import { ruleOf, type MessageKey } from './messages.ts';
import type { Problem } from './problem.ts';
import { fileNameRules, mdxRules, textRules } from './rules/content.ts';
import { schemaProblems } from './schema-problems.ts';
import { readCaseSource } from './source.ts';

/** `content/notes/a/gold-card-lounge.mdx` → `gold-card-lounge`. */
export const noteCaseId = (file: string): string =>
	file.slice(file.lastIndexOf('/') + 1).replace(/\.mdx?$/, '');

export function checkNoteText(
	file: string,
	text: string,
	parseMdx: ParseMdx,
	caseIds: ReadonlySet<string>,
): Problem[] {
	const source = readCaseSource(file, text);
	const at = (message: MessageKey, params?: Record<string, unknown>): Problem => ({
		file,
		line: 1,
		column: 1,
		severity: 'error',
		rule: ruleOf(message),
		field: '',
		message,
		params,
	});
	const body = mdxRules(source, parseMdx);
	const problems: Problem[] = [...body.problems];
	if (!caseIds.has(noteCaseId(file)))
		problems.unshift(at('note.caseUnknown', { value: noteCaseId(file) }));
	if (!source.hasFrontmatter) return [at('frontmatter.missing'), ...problems];
	if (source.yamlError) return [...yamlProblems(source), ...problems];
	problems.push(...textRules(source, { placeholders: false }), ...fileNameRules(source));
	const result = noteSchema.safeParse(source.data);
	if (!result.success) problems.unshift(...schemaProblems(source, result.error.issues, noteSchema));
	return problems;
}

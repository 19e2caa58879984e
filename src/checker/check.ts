/**
 * The checker: runs the schema and every rule over case files and returns problems. It reads
 * no files itself, so the CLI, the build and the browser form share it.
 */
import { caseObjectSchemas, createCaseSchema, type CaseData } from '../../schemas/case.ts';
import type { Vocabulary } from '../../schemas/vocabulary.ts';
import { guideSchema } from '../../schemas/guide.ts';
import { ruleOf, type MessageKey } from './messages.ts';
import type { Problem } from './problem.ts';
import { fileNameRules, guidanceRules, mdxRules, tagRules, textRules } from './rules/content.ts';
import { crossFileRules, type IndexedCase } from './rules/cross-file.ts';
import { interactionRules } from './rules/interaction.ts';
import type { CaseLink } from './rules/mdx-safety.ts';
import type { ParseMdx } from './mdx-parse.ts';
import {
	nearDuplicatesOf,
	nearSignature,
	shingles,
	type NearSignature,
} from './rules/near-duplicates.ts';
import { punctuationRules } from './rules/punctuation.ts';
import { schemaProblems } from './schema-problems.ts';
import { readCaseSource, type CaseSource } from './source.ts';

export interface CheckContext {
	vocabulary: Vocabulary;
	/** The MDX parser: the build's compiler in Node, the same grammar in the browser form. */
	parseMdx: ParseMdx;
	schema: ReturnType<typeof createCaseSchema>;
	objectSchemas: ReturnType<typeof caseObjectSchemas>;
}

export function createCheckContext(vocabulary: Vocabulary, parseMdx: ParseMdx): CheckContext {
	return {
		vocabulary,
		parseMdx,
		schema: createCaseSchema(vocabulary),
		objectSchemas: caseObjectSchemas(vocabulary),
	};
}

export interface CheckedCase {
	source: CaseSource;
	/** The validated data; undefined when the schema rejected the file. */
	data?: CaseData;
	problems: Problem[];
	/** Links in the body to case pages, for the cross-file rules. */
	caseLinks: CaseLink[];
}

const yamlMessages: Record<string, MessageKey> = {
	TAB_AS_INDENT: 'yaml.tab',
	BAD_INDENT: 'yaml.indent',
	MISSING_CHAR: 'yaml.quote',
	BAD_DQ_ESCAPE: 'yaml.quote',
	DUPLICATE_KEY: 'yaml.duplicateKey',
	MULTILINE_IMPLICIT_KEY: 'yaml.colon',
	BLOCK_AS_IMPLICIT_KEY: 'yaml.indent',
};

/** The YAML's syntax errors, located (sets reuse it: src/checker/sets.ts). */
export function yamlProblems(source: CaseSource): Problem[] {
	const problem = (
		offset: number,
		message: MessageKey,
		params: Record<string, unknown>,
	): Problem => ({
		file: source.file,
		...source.positionAt(offset),
		severity: 'error',
		rule: ruleOf(message),
		field: '',
		message,
		params,
	});
	// Refused before loading: nothing else about the YAML is worth saying.
	if (source.yamlAnchor)
		return [
			problem(source.yamlOffset + source.yamlAnchor.offset, 'yaml.alias', {
				value: source.yamlAnchor.token,
			}),
		];
	// js-yaml (Astro's parser) found the error; the \`yaml\` parser explains it better when it agrees.
	const errors = source.doc?.errors ?? [];
	if (!errors.length) {
		const mark = source.yamlError?.mark;
		const offset = source.yamlOffset + (mark?.position ?? 0);
		return [problem(offset, 'yaml.other', { detail: source.yamlError?.reason ?? 'invalid YAML' })];
	}
	return errors.map((error) => {
		const offset = source.yamlOffset + (error.pos?.[0] ?? 0);
		let message: MessageKey = yamlMessages[error.code] ?? 'yaml.other';
		// An unclosed quote surfaces as a missing character; other missing characters are generic.
		if (error.code === 'MISSING_CHAR' && !/quote/i.test(error.message)) message = 'yaml.other';
		if (
			error.code === 'MULTILINE_IMPLICIT_KEY' &&
			/quote/i.test(source.text.slice(offset, offset + 200))
		)
			message = 'yaml.quote';
		const line = source.text.slice(offset).split('\n', 1)[0] ?? '';
		const key = /^\s*([^:\s]+)\s*:/.exec(line)?.[1];
		return problem(offset, message, { detail: error.message.split('\n', 1)[0], key });
	});
}

/** Every single-file rule over one case file. */
export function checkCaseText(file: string, text: string, context: CheckContext): CheckedCase {
	const source = readCaseSource(file, text);
	const at = (message: MessageKey): Problem => ({
		file,
		line: 1,
		column: 1,
		severity: 'error',
		rule: ruleOf(message),
		field: '',
		message,
	});
	const body = mdxRules(source, context.parseMdx);
	const caseLinks = body.caseLinks;

	if (!source.hasFrontmatter)
		return { source, problems: [at('frontmatter.missing'), ...body.problems], caseLinks };
	if (source.yamlError)
		return { source, problems: [...yamlProblems(source), ...body.problems], caseLinks };
	if (!source.data || typeof source.data !== 'object' || Array.isArray(source.data))
		return { source, problems: [at('frontmatter.notMapping')], caseLinks };

	const problems = [
		...textRules(source),
		...fileNameRules(source),
		...body.problems,
		...punctuationRules(source, body.texts),
	];
	const result = context.schema.safeParse(source.data);
	if (!result.success) {
		return {
			source,
			problems: withoutPlaceholderEchoes([
				...schemaProblems(source, result.error.issues, context.objectSchemas),
				...problems,
			]),
			caseLinks,
		};
	}
	const data = result.data;
	problems.push(
		...guidanceRules(source, data),
		...tagRules(source, data, context.vocabulary),
		...interactionRules(source, data),
	);
	return { source, data, problems, caseLinks };
}

/** A field still holding the scaffold's marker reports that once, not also as a bad value. */
function withoutPlaceholderEchoes(problems: Problem[]): Problem[] {
	const unfilled = new Set(
		problems.filter((p) => p.rule === ruleOf('placeholder.unfilled')).map((p) => p.field),
	);
	if (!unfilled.size) return problems;
	return problems.filter(
		(p) => p.rule === ruleOf('placeholder.unfilled') || !unfilled.has(p.field),
	);
}

export interface CaseFile {
	file: string;
	text: string;
}

export interface CheckResult {
	cases: CheckedCase[];
	/** The guides checked with the cases (their `data` stays unset: it is not case data). */
	guides: CheckedCase[];
	problems: Problem[];
}

/** Raw id, aliases and related of a file, valid or not, so cross-file rules see every file. */
export function indexEntry(checked: CheckedCase): IndexedCase | undefined {
	const data = (checked.data ?? checked.source.data) as Record<string, unknown> | undefined;
	if (!data || typeof data.id !== 'string') return undefined;
	const strings = (value: unknown) =>
		Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
	return {
		source: checked.source,
		id: data.id,
		aliases: strings(data.aliases),
		related: strings(data.related),
		caseLinks: checked.caseLinks,
	};
}

export function compareProblems(a: Problem, b: Problem): number {
	return (
		a.file.localeCompare(b.file) ||
		a.line - b.line ||
		a.column - b.column ||
		a.rule.localeCompare(b.rule)
	);
}

/** What one file's check leaves for the rules over every file: kept between runs by a memo. */
export interface FileResult {
	problems: Problem[];
	data?: CaseData;
	caseLinks: CaseLink[];
	/** A case's body signature for the near-duplicate rule (null: too short; unset: no data or no body). */
	signature?: NearSignature | null;
}

/**
 * Single-file results kept from an earlier run (src/checker/check-cache-fs.ts). `recall` answers
 * only when the file's name and text, the vocabulary and the checker's code are all unchanged.
 */
export interface CheckMemo {
	recall(kind: 'case' | 'guide', file: string, text: string): FileResult | undefined;
	remember(kind: 'case' | 'guide', file: string, text: string, result: FileResult): void;
}

interface Checked {
	checked: CheckedCase;
	signature?: NearSignature | null;
}

/** A file's result from the memo (its source read lazily from the text), or checked now and remembered. */
function checkOnce(
	kind: 'case' | 'guide',
	{ file, text }: CaseFile,
	check: () => CheckedCase,
	memo: CheckMemo | undefined,
): Checked {
	const kept = memo?.recall(kind, file, text);
	let checked: CheckedCase;
	let keptSignature: NearSignature | null | undefined;
	if (kept) {
		const { signature, ...result } = kept;
		checked = { source: readCaseSource(file, text), ...result };
		keptSignature = signature;
	} else checked = check();
	// Only a case with data and a body is compared; a kept signature is reused.
	const signature =
		kind === 'case' && checked.data && checked.source.body.trim()
			? keptSignature !== undefined
				? keptSignature
				: nearSignature(checked.source.body)
			: undefined;
	if (!kept) {
		const { problems, data, caseLinks } = checked;
		memo?.remember(kind, file, text, { problems, data, caseLinks, signature });
	}
	return { checked, signature };
}

/**
 * Checks a set of cases together. `targets`, when given, limits reported problems to those
 * files, while every file still counts for ids, aliases and links. With a `memo`, unchanged
 * files are not checked again; the rules over every file still run over all of them.
 */
export function checkCases(
	files: readonly CaseFile[],
	context: CheckContext,
	targets?: ReadonlySet<string>,
	guideFiles: readonly CaseFile[] = [],
	memo?: CheckMemo,
): CheckResult {
	const checkedCases = files.map((f) =>
		checkOnce('case', f, () => checkCaseText(f.file, f.text, context), memo),
	);
	const cases = checkedCases.map((c) => c.checked);
	const guides = guideFiles.map(
		(f) =>
			checkOnce('guide', f, () => checkGuideText(f.file, f.text, context.parseMdx), memo).checked,
	);
	const index = cases.map(indexEntry).filter((entry): entry is IndexedCase => entry !== undefined);
	const problems = [
		...cases.flatMap((c) => c.problems),
		...guides.flatMap((g) => g.problems),
		...crossFileRules(index, guides),
		...nearDuplicateProblems(checkedCases),
	]
		.filter((p) => !targets || targets.has(p.file))
		.sort(compareProblems);
	return { cases, guides, problems };
}

/** Each case that has a near-duplicate gets one warning, naming the most similar other case. */
function nearDuplicateProblems(checked: readonly Checked[]): Problem[] {
	const withBody = checked.filter((c) => c.signature !== undefined);
	const best = new Map<number, { other: number; similarity: number }>();
	const consider = (self: number, other: number, similarity: number) => {
		const current = best.get(self);
		if (!current || similarity > current.similarity) best.set(self, { other, similarity });
	};
	const sets = new Map<number, Uint32Array>();
	const setOf = (index: number) => {
		let set = sets.get(index);
		if (!set) sets.set(index, (set = shingles(withBody[index]!.checked.source.body)));
		return set;
	};
	for (const { a, b, similarity } of nearDuplicatesOf(
		withBody.map((c) => c.signature!),
		setOf,
	)) {
		consider(a, b, similarity);
		consider(b, a, similarity);
	}
	return [...best].map(([index, { other, similarity }]): Problem => {
		const self = withBody[index]!.checked;
		const twin = withBody[other]!.checked;
		return {
			file: self.source.file,
			...self.source.positionAt(self.source.bodyOffset),
			severity: 'warning',
			rule: ruleOf('duplicate.narrative'),
			field: 'body',
			message: 'duplicate.narrative',
			params: {
				other: `${twin.data!.id} (${twin.source.file})`,
				percent: Math.round(similarity * 100),
			},
		};
	});
}

/** A guide (handbook chapter): its frontmatter, personal data and MDX safety, like a case. */
export function checkGuideText(file: string, text: string, parseMdx: ParseMdx): CheckedCase {
	const source = readCaseSource(file, text);
	const at = (message: MessageKey): Problem => ({
		file,
		line: 1,
		column: 1,
		severity: 'error',
		rule: ruleOf(message),
		field: '',
		message,
	});
	const body = mdxRules(source, parseMdx);
	const caseLinks = body.caseLinks;
	if (!source.hasFrontmatter)
		return { source, problems: [at('frontmatter.missing'), ...body.problems], caseLinks };
	if (source.yamlError)
		return { source, problems: [...yamlProblems(source), ...body.problems], caseLinks };
	// Guides may explain the scaffold's 待填写 marker; only cases must not contain it.
	const problems = [
		...textRules(source, { placeholders: false }),
		...fileNameRules(source),
		...body.problems,
	];
	const result = guideSchema.safeParse(source.data);
	if (!result.success)
		problems.unshift(...schemaProblems(source, result.error.issues, guideSchema));
	return { source, problems, caseLinks };
}

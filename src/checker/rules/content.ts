/**
 * Rules over one case file beyond its schema: personal data, unsafe MDX, placeholders left by
 * the scaffold, the course's length and time-precision guidance, and tags.
 */
import type { CaseData } from '../../../schemas/case.ts';
import {
	guidanceRange,
	guidedPartLengths,
	lengthGuidance,
	placeholderPattern,
} from '../../../schemas/guidance.ts';
import type { Vocabulary } from '../../../schemas/vocabulary.ts';
import { formatFieldPath, type Problem, type Severity } from '../problem.ts';
import { ruleOf, type MessageKey } from '../messages.ts';
import { frontmatterStrings, positionOf, stringOffset, type CaseSource } from '../source.ts';
import { suggest } from '../suggest.ts';
import type { ParseMdx } from '../mdx-parse.ts';
import { analyseBody, type BodyText, type CaseLink } from './mdx-safety.ts';
import { findPersonalData } from './personal-data.ts';

type Emit = (p: {
	offset?: number;
	path?: readonly PropertyKey[];
	field?: string;
	message: MessageKey;
	severity?: Severity;
	params?: Record<string, unknown>;
	fix?: string;
}) => void;

function emitter(source: CaseSource, problems: Problem[]): Emit {
	return ({ offset, path, field, message, severity = 'error', params, fix }) => {
		const position =
			offset !== undefined ? source.positionAt(offset) : positionOf(source, path ?? [], 'value');
		problems.push({
			file: source.file,
			...position,
			severity,
			rule: ruleOf(message),
			field: field ?? formatFieldPath(path ?? []),
			message,
			params,
			fix,
		});
	};
}

const personalDataMessages = {
	idNumber: 'pii.idNumber',
	mobile: 'pii.mobile',
	bankCard: 'pii.bankCard',
	email: 'pii.email',
} as const;

/** Personal data and (in cases) placeholders, in every frontmatter string and in the body. */
export function textRules(source: CaseSource, options: { placeholders?: boolean } = {}): Problem[] {
	const placeholders = options.placeholders ?? true;
	const problems: Problem[] = [];
	const emit = emitter(source, problems);
	const scan = (value: string, field: string, offsetOf: (index: number) => number) => {
		for (const found of findPersonalData(value)) {
			emit({
				offset: offsetOf(found.index),
				field,
				message: personalDataMessages[found.kind],
				params: { value: found.masked },
				fix: found.masked,
			});
		}
		const placeholder = placeholders ? placeholderPattern.exec(value) : null;
		if (placeholder)
			emit({ offset: offsetOf(placeholder.index), field, message: 'placeholder.unfilled' });
	};
	for (const { path, value } of frontmatterStrings(source)) {
		scan(value, formatFieldPath(path), (index) => stringOffset(source, path, index));
	}
	scan(source.body, 'body', (index) => source.bodyOffset + index);
	return problems;
}

/** Personal data in the file's name, which the site publishes in the edit link and the authoring list. */
export function fileNameRules(source: CaseSource): Problem[] {
	const name = source.file
		.slice(Math.max(source.file.lastIndexOf('/'), source.file.lastIndexOf('\\')) + 1)
		.replace(/\.[^.]*$/, '');
	return findPersonalData(name).map((found): Problem => {
		const message = personalDataMessages[found.kind];
		return {
			file: source.file,
			line: 0,
			column: 0,
			severity: 'error',
			rule: ruleOf(message),
			field: 'file',
			message,
			params: { value: found.masked },
		};
	});
}

/** The body judged on its MDX syntax tree; the links to case pages found on the way are kept for the cross-file rules. */
export function mdxRules(
	source: CaseSource,
	parse: ParseMdx,
): { problems: Problem[]; caseLinks: CaseLink[]; texts: BodyText[] } {
	const problems: Problem[] = [];
	const emit = emitter(source, problems);
	const { findings, caseLinks, texts } = analyseBody(source.body, parse);
	for (const finding of findings) {
		emit({
			offset: source.bodyOffset + finding.index,
			field: 'body',
			message: finding.message,
			params: finding.params,
		});
	}
	return { problems, caseLinks, texts };
}

/** The course's guidance: lengths, time precision. Warnings only. */
export function guidanceRules(source: CaseSource, data: CaseData): Problem[] {
	const problems: Problem[] = [];
	const emit = emitter(source, problems);

	for (const key of ['start', 'end'] as const) {
		const value = data.time[key];
		if (value && value.length <= 7)
			emit({ path: ['time', key], message: 'guidance.timePrecision', severity: 'warning' });
	}

	if (data.kind !== 'mot') return problems;
	const counts = guidedPartLengths({ ...data, body: source.body });
	for (const guidance of lengthGuidance) {
		const count = counts[guidance.part] ?? 0;
		const tooLong = count > guidance.warnAbove;
		const tooShort = guidance.warnBelow !== undefined && count < guidance.warnBelow;
		if (!tooLong && !tooShort) continue;
		const range = guidanceRange(guidance);
		const isBody = guidance.part === 'narrative';
		emit({
			...(isBody ? { offset: source.bodyOffset, field: 'body' } : { path: [guidance.part] }),
			message: 'guidance.length',
			severity: 'warning',
			params: { part: guidance.label, count, range },
		});
	}
	return problems;
}

export function tagRules(source: CaseSource, data: CaseData, vocabulary: Vocabulary): Problem[] {
	const problems: Problem[] = [];
	const emit = emitter(source, problems);
	(data.tags ?? []).forEach((tag, index) => {
		if (vocabulary.tags.includes(tag)) return;
		const suggestion = suggest(tag, vocabulary.tags);
		const fix = suggestion ? `- ${suggestion}` : undefined;
		if (vocabulary.strictTags)
			emit({
				path: ['tags', index],
				message: 'tag.unknown',
				params: { value: tag, suggestion },
				fix,
			});
		else if (suggestion)
			emit({
				path: ['tags', index],
				message: 'tag.similar',
				severity: 'warning',
				params: { value: tag, suggestion },
				fix,
			});
	});
	return problems;
}

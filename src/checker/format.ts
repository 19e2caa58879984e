/** How problems are printed: one line each for people, JSON for tools, annotations for GitHub. */
import { defaultLocale, type Locale } from '../../schemas/locales.ts';
import { translatorFor } from '../i18n/translations.ts';
import { renderMessage } from './messages.ts';
import type { Problem } from './problem.ts';
import { printable } from './printable.ts';

export type OutputFormat = 'text' | 'json' | 'github';

/** `path:line:col severity rule field-path message`, always one line (control characters escaped). */
export function formatProblemLine(problem: Problem, lang: Locale = defaultLocale): string {
	return printable(
		`${problem.file}:${problem.line}:${problem.column} ${problem.severity} ${problem.rule} ${problem.field || '-'} ${renderMessage(problem, lang)}`,
	);
}

const escapeData = (s: string) =>
	s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions workflow command, which GitHub shows on the changed line of the pull request. */
export function formatGithubAnnotation(problem: Problem, lang: Locale = defaultLocale): string {
	const command = problem.severity === 'error' ? 'error' : 'warning';
	const props = [
		`file=${problem.file}`,
		`line=${Math.max(1, problem.line)}`,
		`col=${Math.max(1, problem.column)}`,
		`title=${problem.rule}`,
	]
		.map((p) => {
			const [key, ...rest] = p.split('=');
			return `${key}=${escapeProperty(rest.join('='))}`;
		})
		.join(',');
	const field = problem.field ? `${problem.field}: ` : '';
	return `::${command} ${props}::${escapeData(field + renderMessage(problem, lang))}`;
}

export interface Summary {
	files: number;
	errors: number;
	warnings: number;
}

export function summarise(problems: readonly Problem[], files: number): Summary {
	return {
		files,
		errors: problems.filter((p) => p.severity === 'error').length,
		warnings: problems.filter((p) => p.severity === 'warning').length,
	};
}

/** `Checked 1 case file: 1 error, 2 warnings`: each count in its language's plural form. */
export function formatSummary(summary: Summary, lang: Locale = defaultLocale): string {
	const t = translatorFor(lang, 'check');
	return t('summary', {
		files: t('summary.files', { n: summary.files }),
		errors: t('summary.errors', { n: summary.errors }),
		warnings: t('summary.warnings', { n: summary.warnings }),
	});
}

/** How many files the build's warning digest names per rule before it says how many more. */
export const digestFilesPerRule = 3;

/**
 * Warnings in a few lines for the build log: one line per rule (its count and the first files),
 * then where to see them all. A large handbook's advice would otherwise bury its errors.
 */
export function formatWarningDigest(
	problems: readonly Problem[],
	lang: Locale = defaultLocale,
	filesPerRule: number = digestFilesPerRule,
): string[] {
	const t = translatorFor(lang, 'check');
	const byRule = new Map<string, Problem[]>();
	for (const problem of problems) {
		if (problem.severity !== 'warning') continue;
		const list = byRule.get(problem.rule) ?? [];
		list.push(problem);
		byRule.set(problem.rule, list);
	}
	if (!byRule.size) return [];
	const lines = [...byRule].map(([rule, list]) => {
		const files = [...new Set(list.map((p) => p.file))];
		const shown = files
			.slice(0, filesPerRule)
			.map((file) => {
				const first = list.find((p) => p.file === file)!;
				return `${file}:${first.line}:${first.column}`;
			})
			.join(t('warnings.separator'));
		const more = files.length - filesPerRule;
		return printable(
			t('warnings.rule', {
				rule,
				n: list.length,
				files: more > 0 ? `${shown}${t('warnings.more', { n: more })}` : shown,
			}),
		);
	});
	lines.push(t('warnings.seeAll'));
	return lines;
}

export function formatProblems(
	problems: readonly Problem[],
	files: number,
	format: OutputFormat,
	lang: Locale = defaultLocale,
): string {
	const summary = summarise(problems, files);
	if (format === 'json') {
		return JSON.stringify(
			{
				version: 1,
				summary,
				problems: problems.map((p) => ({ ...p, text: renderMessage(p, lang) })),
			},
			null,
			2,
		);
	}
	const lines = problems.map((p) =>
		format === 'github' ? formatGithubAnnotation(p, lang) : formatProblemLine(p, lang),
	);
	lines.push(formatSummary(summary, lang));
	return lines.join('\n');
}

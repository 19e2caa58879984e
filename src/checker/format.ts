/** How problems are printed: one line each for people, JSON for tools, annotations for GitHub. */
import { renderMessage, type MessageLang } from './messages.ts';
import type { Problem } from './problem.ts';
import { printable } from './printable.ts';
import { countText } from '../i18n/plural.ts';

export type OutputFormat = 'text' | 'json' | 'github';

/** `path:line:col severity rule field-path message`, always one line (control characters escaped). */
export function formatProblemLine(problem: Problem, lang: MessageLang = 'zh'): string {
	return printable(`${problem.file}:${problem.line}:${problem.column} ${problem.severity} ${problem.rule} ${problem.field || '-'} ${renderMessage(problem, lang)}`);
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions workflow command, which GitHub shows on the changed line of the pull request. */
export function formatGithubAnnotation(problem: Problem, lang: MessageLang = 'zh'): string {
	const command = problem.severity === 'error' ? 'error' : 'warning';
	const props = [`file=${problem.file}`, `line=${Math.max(1, problem.line)}`, `col=${Math.max(1, problem.column)}`, `title=${problem.rule}`]
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

// English counts by the UI's plural rules ("1 error", "2 errors"); Chinese has one form.
const caseFiles = { one: '{n} case file', other: '{n} case files' };
const errors = { one: '{n} error', other: '{n} errors' };
const warnings = { one: '{n} warning', other: '{n} warnings' };

export function formatSummary(summary: Summary, lang: MessageLang = 'zh'): string {
	return lang === 'zh'
		? `检查了 ${summary.files} 个案例文件：${summary.errors} 个错误，${summary.warnings} 个警告`
		: `Checked ${countText(caseFiles, 'en', summary.files)}: ${countText(errors, 'en', summary.errors)}, ${countText(warnings, 'en', summary.warnings)}`;
}

export function formatProblems(problems: readonly Problem[], files: number, format: OutputFormat, lang: MessageLang = 'zh'): string {
	const summary = summarise(problems, files);
	if (format === 'json') {
		return JSON.stringify(
			{ version: 1, summary, problems: problems.map((p) => ({ ...p, text: renderMessage(p, lang) })) },
			null,
			2,
		);
	}
	const lines = problems.map((p) => (format === 'github' ? formatGithubAnnotation(p, lang) : formatProblemLine(p, lang)));
	lines.push(formatSummary(summary, lang));
	return lines.join('\n');
}

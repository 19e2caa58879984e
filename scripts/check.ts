/**
 * `npm run check [-- paths…] [--lang en] [--format text|json|github] [--drafts]`
 * Checks case files; exits 1 when any error is found, 0 otherwise (warnings do not fail).
 */
import { parseArgs } from 'node:util';
import { formatProblems, type OutputFormat } from '../src/checker/format.ts';
import type { MessageLang } from '../src/checker/messages.ts';
import { printable } from '../src/checker/printable.ts';
import { hasErrors } from '../src/checker/problem.ts';
import { checkProject } from '../src/checker/project.ts';
import { completeness, formatReport } from '../src/checker/report.ts';

const usage = `用法 / usage: npm run check -- [文件或目录…] [--lang zh|en] [--format text|json|github] [--drafts]

  --lang     输出语言,默认中文 / message language (default zh)
  --format   text(默认,一行一个问题)、json、github(在拉取请求中标注到行)
  --drafts   也检查以 _ 开头的草稿 / also check _-prefixed drafts
  --report   列出每个案例的完整度 / print each case's completeness`;

function main(argv: string[]): number {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				lang: { type: 'string', default: 'zh' },
				format: { type: 'string', default: 'text' },
				drafts: { type: 'boolean', default: false },
				report: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		console.error(`${printable((error as Error).message)}\n\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const lang = values.lang as MessageLang;
	const format = values.format as OutputFormat;
	if (!['zh', 'en'].includes(lang) || !['text', 'json', 'github'].includes(format)) {
		console.error(usage);
		return 2;
	}

	try {
		const result = checkProject({ paths: positionals, drafts: values.drafts });
		if (values.report && format !== 'json') {
			const reported = new Set(result.problems.map((p) => p.file));
			const rows = result.cases.filter((c) => c.data && (!positionals.length || reported.has(c.source.file) || positionals.some((p) => c.source.file.startsWith(p.replace(/^\.\//, '')))));
			console.log(formatReport(rows.map((c) => completeness(c.source.file, c.data!, c.source.body)), lang));
		}
		console.log(formatProblems(result.problems, result.checkedFiles, format, lang));
		return hasErrors(result.problems) ? 1 : 0;
	} catch (error) {
		const err = error as NodeJS.ErrnoException;
		console.error(printable(err.code === 'ENOENT' ? `${lang === 'zh' ? '找不到文件' : 'no such file'}: ${err.path}` : err.message));
		return 2;
	}
}

process.exitCode = main(process.argv.slice(2));

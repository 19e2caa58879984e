/**
 * `npm run check [-- paths…] [--lang en] [--format text|json|github] [--drafts] [--fix]`
 * Checks case files; exits 1 when any error is found, 0 otherwise (warnings do not fail).
 * `--fix` first applies the safe fixes to the files and lists them (src/checker/fix-fs.ts).
 */
import { parseArgs } from 'node:util';
import { defaultLocale, isLocale, locales } from '../schemas/locales.ts';
import { formatProblems, type OutputFormat } from '../src/checker/format.ts';
import { inEveryLanguage, languageName, translatorFor } from '../src/i18n/translations.ts';
import { printable } from '../src/checker/printable.ts';
import { hasErrors } from '../src/checker/problem.ts';
import { checkProject } from '../src/checker/project-fs.ts';
import { completeness, formatReport } from '../src/checker/report.ts';
import { fixProject } from '../src/checker/fix-fs.ts';

const usage = `${inEveryLanguage('usage')}: npm run check -- [文件或目录…] [--lang ${locales.join('|')}] [--format text|json|github] [--drafts] [--fix]

  --lang     ${inEveryLanguage('check.lang', (lang) => ({ default: defaultLocale, defaultName: languageName(defaultLocale, lang) }))}
  --format   ${inEveryLanguage('check.format')}
  --drafts   ${inEveryLanguage('check.drafts')}
  --report   ${inEveryLanguage('check.report')}
  --fix      ${inEveryLanguage('check.fix')}`;

function main(argv: string[]): number {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				lang: { type: 'string', default: defaultLocale },
				format: { type: 'string', default: 'text' },
				drafts: { type: 'boolean', default: false },
				report: { type: 'boolean', default: false },
				fix: { type: 'boolean', default: false },
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
	const lang = values.lang;
	const format = values.format as OutputFormat;
	if (!isLocale(lang) || !['text', 'json', 'github'].includes(format)) {
		console.error(usage);
		return 2;
	}

	try {
		if (values.fix) {
			const lines = fixProject({ paths: positionals, drafts: values.drafts }, lang);
			// JSON output stays one document: the list of changes goes to stderr there.
			(format === 'json' ? console.error : console.log)(lines.join('\n'));
		}
		const result = checkProject({ paths: positionals, drafts: values.drafts });
		if (values.report && format !== 'json') {
			const reported = new Set(result.problems.map((p) => p.file));
			const rows = result.cases.filter(
				(c) =>
					c.data &&
					(!positionals.length ||
						reported.has(c.source.file) ||
						positionals.some((p) => c.source.file.startsWith(p.replace(/^\.\//, '')))),
			);
			console.log(
				formatReport(
					rows.map((c) => completeness(c.source.file, c.data!, c.source.body)),
					lang,
				),
			);
		}
		console.log(formatProblems(result.problems, result.checkedFiles, format, lang));
		return hasErrors(result.problems) ? 1 : 0;
	} catch (error) {
		const err = error as NodeJS.ErrnoException;
		console.error(
			printable(
				err.code === 'ENOENT'
					? translatorFor(lang, 'check')('noSuchFile', { path: err.path })
					: err.message,
			),
		);
		return 2;
	}
}

process.exitCode = main(process.argv.slice(2));

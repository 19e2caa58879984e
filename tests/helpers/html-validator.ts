/**
 * Validates built pages: html-validate's recommended rules (the HTML standard plus
 * accessibility and best practice), and nothing after `</html>` (a parse error html-validate
 * does not report, which Astro produced by hoisting a page's `<script>` out of the layout).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';

const config: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// Stylistic: a `<title>` over 70 characters is an SEO preference (search results cut it),
		// and ours are "<page> · <site name>", long only in English.
		'long-title': 'off',
		// Stylistic: a label that wraps its control may still name it with `for`; both are valid
		// and the form's components keep `for` so a label can also sit apart from its control.
		'no-redundant-for': 'off',
		// Not turned off: HTML allows any id without spaces; "recommended" asks for a letter first
		// (for old CSS selectors), but headings in Chinese guides get ids such as `1-先想清楚`.
		'valid-id': ['error', { relaxed: true }],
	},
};
// A static loader: no `.htmlvalidate.json` found beside the temp build can change the rules.
const validator = new HtmlValidate(new StaticConfigLoader(config));

/** `path:line:col rule message` for every error in one built page (`page` is relative to `dist`). */
export const htmlProblems = (dist: string, page: string): Promise<string[]> =>
	htmlTextProblems(readFileSync(join(dist, page), 'utf8'), page);

/** The same for a document in a string, named `page` in the messages. */
export async function htmlTextProblems(html: string, page: string): Promise<string[]> {
	const report = await validator.validateString(html, page);
	const problems = report.results.flatMap((result) =>
		result.messages
			.filter((m) => m.severity === 2)
			.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
	);
	const end = html.lastIndexOf('</html>');
	const after = end < 0 ? '' : html.slice(end + '</html>'.length);
	if (after.trim())
		problems.push(
			`${page}:${html.slice(0, end).split('\n').length}:${end + 1} content-after-html ${after.trim().slice(0, 80)}`,
		);
	return problems;
}

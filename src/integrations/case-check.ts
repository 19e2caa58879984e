/**
 * Runs the case checker when Astro starts, before content is synced, so the build fails on
 * exactly the problems `npm run check` prints (personal data, unsafe MDX, duplicate ids,
 * broken links …), not only on what the content schema sees. `astro dev` reports and goes on.
 * The result is kept for the search index and the case files (build-check.ts): one check per build. Warnings are
 * summarised (count and first files per rule) so that a large handbook's advice does not bury errors.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	formatProblemLine,
	formatSummary,
	formatWarningDigest,
	summarise,
} from '../checker/format.ts';
import { checkedContent } from '../checker/checked-content.ts';
import { hasErrors } from '../checker/problem.ts';
import { checkProject } from '../checker/project-fs.ts';
import { forgetBuildCheck, rememberBuildCheck } from './build-check.ts';

export function caseCheck(): AstroIntegration {
	let root = '';
	return {
		name: 'mot-case-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				const result = checkProject({ root });
				// The search index (built only by `astro build`) reads this instead of checking every case again.
				if (command === 'build' && !hasErrors(result.problems))
					rememberBuildCheck(root, checkedContent(result));
				const errors = result.problems.filter((p) => p.severity === 'error');
				// Errors in full, warnings as a digest (per rule: count, first files): `npm run check` lists them all.
				const digest = formatWarningDigest(result.problems);
				if (digest.length) logger.warn(digest.join('\n'));
				const summary = formatSummary(summarise(result.problems, result.checkedFiles));
				if (!hasErrors(result.problems)) {
					logger.info(summary);
					return;
				}
				const report = [...errors.map((p) => formatProblemLine(p)), summary].join('\n');
				if (command === 'dev') {
					logger.error(`\n${report}`);
					return;
				}
				throw new Error(`案例检查未通过 / case check failed:\n${report}`);
			},
			// Its readers took what they need in astro:build:start, which runs before this.
			'astro:build:setup': () => forgetBuildCheck(root),
		},
	};
}

/**
 * The build's one check of the project, shared between integrations (Node only): case-check
 * stores what it checked in `astro:config:setup`, the search index takes it in
 * `astro:build:done` instead of checking every case again.
 */
import { resolve } from 'node:path';
import { checkedContent, type CheckedContent } from '../checker/checked-content.ts';
import { checkProject } from '../checker/project-fs.ts';

/** Keyed by project root: one process may build more than one project (tests, benchmarks). */
const checkedByRoot = new Map<string, CheckedContent>();

/** Keeps a build's check result for the integrations that run later in the same build. */
export function rememberBuildCheck(root: string, content: CheckedContent): void {
	checkedByRoot.set(resolve(root), content);
}

/** The check case-check ran for this root (then forgotten: the build needs it once), or a new one when none ran. */
export function takeBuildCheck(root: string): CheckedContent {
	const key = resolve(root);
	const remembered = checkedByRoot.get(key);
	checkedByRoot.delete(key);
	return remembered ?? checkedContent(checkProject({ root: key }));
}

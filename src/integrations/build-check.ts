/**
 * The build's one check of the project, shared between integrations (Node only): case-check
 * stores what it checked in `astro:config:setup`; the search index and the case files read it
 * in `astro:build:start` instead of checking every case again, and it is dropped once Vite
 * starts bundling (`astro:build:setup`), so the pages render without it in memory.
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

/** The check case-check ran for this root, or a new one (then kept) when none ran. */
export function readBuildCheck(root: string): CheckedContent {
	const key = resolve(root);
	let content = checkedByRoot.get(key);
	if (!content) {
		content = checkedContent(checkProject({ root: key }));
		checkedByRoot.set(key, content);
	}
	return content;
}

/** Drops the kept check: every reader has read it. */
export function forgetBuildCheck(root: string): void {
	checkedByRoot.delete(resolve(root));
}

/**
 * "Propose as a pull request": loaded only when the author presses it. Fills the repository's
 * pull request template, runs the provider (src/authoring/propose/github.ts) and turns its
 * failures into plain words; the attempt is kept so pressing again goes on from the failed step.
 * A draft proposed before goes to its pull request's branch as a new commit (no second request).
 * Then follows the pull request's checks (checks-watch.ts) until they finish.
 */
import { createGitHubProvider } from '../../authoring/propose/github.ts';
import {
	ProposeError,
	type Attempt,
	type ChecksReport,
	type ProposeResult,
} from '../../authoring/propose/provider.ts';
import { watchChecks, type WatchTiming } from './checks-watch.ts';
import type { Translator } from '../../i18n/translate.ts';
import type { AuthorKey } from '../../i18n/author.ts';

export interface ProposeInput {
	api: string;
	repository: string;
	base: string;
	token: string;
	file: string;
	content: string;
	title: string;
	/** The case's id: the branch is named after it. */
	id: string;
	edit: boolean;
	template: string;
	/** The open pull request this draft was proposed as: the new version goes to its branch. */
	update?: { branch: string; url: string; number: number; blob?: string };
}

/** One attempt per file and content: a retry of the same proposal resumes it. */
const attempts = new Map<string, Attempt>();

/** The template with its first comment (what this pull request is) answered. */
export function pullBody(template: string, sentence: string): string {
	const start = template.indexOf('<!--');
	const end = start < 0 ? -1 : template.indexOf('-->', start);
	if (end < 0) return `${sentence}\n\n${template}`;
	return `${template.slice(0, start)}${sentence}${template.slice(end + 3)}`;
}

export async function proposePullRequest(
	input: ProposeInput,
	a: Translator<AuthorKey>,
	progress: (text: string) => void,
): Promise<{ result?: ProposeResult; error?: string; updated?: boolean }> {
	const { update } = input;
	const key = `${input.file}\n${input.content}\n${update?.url ?? ''}`;
	const attempt: Attempt =
		attempts.get(key) ??
		(update
			? {
					step: 'commit',
					branch: update.branch,
					pull: { url: update.url, number: update.number },
					expectedBlob: update.blob,
				}
			: { step: 'base' });
	attempts.set(key, attempt);
	const message = `${input.edit ? '修改案例' : '新案例'}：${input.title} / ${input.edit ? 'Edit case' : 'New case'}: ${input.id}`;
	const provider = createGitHubProvider({
		api: input.api,
		repository: input.repository,
		base: input.base,
		token: input.token,
		fetch: (url, init) => {
			progress(a(`pr.${attempt.step === 'done' ? 'pull' : attempt.step}`));
			return fetch(url, init);
		},
	});
	try {
		const result = await provider.propose(
			{
				file: input.file,
				content: input.content,
				message,
				title: message,
				body: pullBody(input.template, `${message}（\`${input.file}\`）`),
				branch: `case/${input.id}`,
			},
			attempt,
		);
		attempts.delete(key);
		return { result, updated: Boolean(update) };
	} catch (error) {
		if (!(error instanceof ProposeError)) return { error: a('pr.other', { status: '?' }) };
		// Its branch is gone (the pull request was merged or closed): propose it anew.
		if (update && error.kind === 'notFound' && error.step === 'commit') {
			attempts.delete(key);
			return proposePullRequest({ ...input, update: undefined }, a, progress);
		}
		if (update && error.kind === 'conflict')
			return { error: a('pr.changedOnBranch', { number: update.number }) };
		if (error.kind === 'notFound') return { error: a('pr.notFound', { branch: input.base }) };
		if (error.kind === 'other') return { error: a('pr.other', { status: error.status ?? '?' }) };
		return { error: a(`pr.${error.kind}`) };
	}
}

/**
 * Shows the proposed commit's checks in `out` (a polite live region) as they go, with a link to
 * the pull request's checks page, and hands each result to `remember` (the list of drafts). The
 * text changes only when the result does, so a screen reader hears each news once. Returns a
 * function that stops following.
 */
export function followChecks(
	input: Pick<ProposeInput, 'api' | 'repository' | 'base' | 'token'>,
	result: ProposeResult,
	a: Translator<AuthorKey>,
	out: HTMLElement,
	remember: (checks: ChecksReport) => void,
	timing?: WatchTiming,
): () => void {
	const provider = createGitHubProvider(input);
	let shown = '';
	let last: ChecksReport | undefined;
	const show = (text: string) => {
		if (text === shown) return;
		shown = text;
		const link = document.createElement('a');
		link.href = result.checksUrl;
		link.id = 'author-checks-link';
		link.textContent = a('checks.link');
		out.replaceChildren(`${text} `, link);
	};
	return watchChecks(
		() => provider.checks(result.sha),
		(checks) => {
			last = checks;
			show(a(`checks.${checks.state}`, { n: checks.failed }));
			if (checks.state !== 'forbidden') remember(checks);
		},
		(why) =>
			show(a(why === 'auth' ? 'checks.auth' : last?.total ? 'checks.timeout' : 'checks.none')),
		timing,
	);
}

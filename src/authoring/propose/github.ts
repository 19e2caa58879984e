/**
 * Proposing a case as a pull request on GitHub, from the browser, with the author's
 * fine-grained token: a branch from the base branch, one commit with the file (an edit sends the
 * file's current blob sha, as the API requires), a pull request. Plain `fetch` against the REST
 * API (five calls; a client library would add more to /author/'s bundle than this file).
 * Progress is kept in `attempt`, so a retry after a failure goes on from the step that failed
 * instead of doing anything twice. Then the checks of the proposed commit: GitHub Actions
 * results are check runs, which a fine-grained token cannot read on a private repository (GitHub
 * offers such tokens no "Checks" permission); the same results as workflow runs need "Actions:
 * read". Other CI reports commit statuses ("Commit statuses: read" on a private repository).
 */
import {
	ProposeError,
	type Attempt,
	type ChecksReport,
	type Proposal,
	type ProposeResult,
	type Provider,
} from './provider.ts';

export interface GitHubOptions {
	/** The API's root: `https://api.github.com`, or an Enterprise server's `/api/v3`. */
	api: string;
	/** `owner/name`. */
	repository: string;
	/** The branch pull requests go to. */
	base: string;
	token: string;
	fetch?: typeof fetch;
}

/** UTF-8 text as base64, in chunks (a 20,000-character case is fine; spread arguments are not). */
export function base64(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

export function createGitHubProvider(options: GitHubOptions): Provider {
	const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
	const root = `${options.api.replace(/\/+$/, '')}/repos/${options.repository}`;
	const path = (file: string) => file.split('/').map(encodeURIComponent).join('/');

	/** One request; 401 and 403 are thrown as `auth` and `forbidden` unless `mayForbid`. */
	async function call(
		step: Attempt['step'],
		method: string,
		url: string,
		body?: unknown,
		mayForbid = false,
	): Promise<{ status: number; json: Record<string, unknown> }> {
		let response: Response;
		try {
			response = await doFetch(url, {
				method,
				headers: {
					accept: 'application/vnd.github+json',
					authorization: `Bearer ${options.token}`,
					'x-github-api-version': '2022-11-28',
					...(body ? { 'content-type': 'application/json' } : {}),
				},
				body: body ? JSON.stringify(body) : undefined,
			});
		} catch {
			throw new ProposeError('network', step);
		}
		const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
		if (response.status === 401) throw new ProposeError('auth', step, response.status);
		if (response.status === 403 && !mayForbid)
			throw new ProposeError('forbidden', step, response.status);
		return { status: response.status, json };
	}

	/** Where check results can be read with this token; learnt from the first 403s. */
	let runsFrom: 'check-runs' | 'actions' = 'check-runs';
	let statusesReadable = true;
	/** A list of runs (check or workflow runs) at `url`, or undefined when not allowed. */
	async function readRuns(url: string, field: string): Promise<Run[] | undefined> {
		const answer = await call('done', 'GET', url, undefined, true);
		if (answer.status === 403 || answer.status === 404) return undefined;
		if (answer.status !== 200) throw new ProposeError('other', 'done', answer.status);
		return (answer.json[field] as Run[] | undefined) ?? [];
	}

	return {
		name: 'github',
		async propose(proposal: Proposal, attempt: Attempt): Promise<ProposeResult> {
			const file = path(proposal.file);
			if (!attempt.branch) {
				attempt.step = 'base';
				const ref = await call(
					'base',
					'GET',
					`${root}/git/ref/heads/${encodeURIComponent(options.base)}`,
				);
				if (ref.status === 404) throw new ProposeError('notFound', 'base', 404);
				if (ref.status !== 200) throw new ProposeError('other', 'base', ref.status);
				const sha = String((ref.json.object as { sha?: string } | undefined)?.sha ?? '');
				attempt.step = 'branch';
				// A name taken by an earlier proposal gets -2, -3 …
				for (let n = 1; n <= 20 && !attempt.branch; n++) {
					const name = n === 1 ? proposal.branch : `${proposal.branch}-${n}`;
					const made = await call('branch', 'POST', `${root}/git/refs`, {
						ref: `refs/heads/${name}`,
						sha,
					});
					if (made.status === 201) attempt.branch = name;
					else if (made.status !== 422 || !/already exists/i.test(String(made.json.message)))
						throw new ProposeError('other', 'branch', made.status);
				}
				if (!attempt.branch) throw new ProposeError('conflict', 'branch', 422);
			}
			if (!attempt.committed) {
				attempt.step = 'commit';
				const existing = await call(
					'commit',
					'GET',
					`${root}/contents/${file}?ref=${encodeURIComponent(attempt.branch)}`,
				);
				const sha = existing.status === 200 ? String(existing.json.sha) : undefined;
				if (attempt.pull && attempt.expectedBlob && sha !== attempt.expectedBlob)
					throw new ProposeError(existing.status === 404 ? 'notFound' : 'conflict', 'commit');
				const put = await call('commit', 'PUT', `${root}/contents/${file}`, {
					message: proposal.message,
					content: base64(proposal.content),
					branch: attempt.branch,
					...(sha ? { sha } : {}),
				});
				if (put.status === 409) throw new ProposeError('conflict', 'commit', 409);
				if (put.status !== 200 && put.status !== 201)
					throw new ProposeError('other', 'commit', put.status);
				attempt.committed = true;
				attempt.sha = String((put.json.commit as { sha?: string } | undefined)?.sha ?? '');
				attempt.blob = String((put.json.content as { sha?: string } | undefined)?.sha ?? '');
			}
			if (attempt.pull) {
				// An update: the open pull request shows the new commit by itself.
				attempt.step = 'done';
				return {
					...attempt.pull,
					branch: attempt.branch,
					sha: attempt.sha ?? '',
					checksUrl: `${attempt.pull.url}/checks`,
					blob: attempt.blob,
				};
			}
			attempt.step = 'pull';
			const pull = await call('pull', 'POST', `${root}/pulls`, {
				title: proposal.title,
				head: attempt.branch,
				base: options.base,
				body: proposal.body,
			});
			if (pull.status !== 201) throw new ProposeError('other', 'pull', pull.status);
			attempt.step = 'done';
			const url = String(pull.json.html_url);
			return {
				url,
				number: Number(pull.json.number),
				branch: attempt.branch,
				sha: String((pull.json.head as { sha?: string } | undefined)?.sha ?? ''),
				checksUrl: `${url}/checks`,
				blob: attempt.blob,
			};
		},

		async checks(sha: string): Promise<ChecksReport> {
			const ref = encodeURIComponent(sha);
			let runs: Run[] | undefined;
			if (runsFrom === 'check-runs') {
				runs = await readRuns(`${root}/commits/${ref}/check-runs?per_page=100`, 'check_runs');
				if (!runs) runsFrom = 'actions';
			}
			if (!runs)
				runs = await readRuns(
					`${root}/actions/runs?head_sha=${ref}&per_page=100&exclude_pull_requests=true`,
					'workflow_runs',
				);
			if (!runs) return { state: 'forbidden', total: 0, failed: 0 };
			let statuses: Run[] = [];
			if (statusesReadable) {
				const answer = await call('done', 'GET', `${root}/commits/${ref}/status`, undefined, true);
				if (answer.status === 200)
					statuses = ((answer.json.statuses as { state: string }[] | undefined) ?? []).map((s) => ({
						status: s.state === 'pending' ? 'pending' : 'completed',
						conclusion: s.state,
					}));
				else statusesReadable = false;
			}
			return tally([...runs, ...statuses]);
		},
	};
}

/** A check run, workflow run or commit status, by its lifecycle and outcome. */
interface Run {
	status?: string | null;
	conclusion?: string | null;
}

/** Outcomes that do not fail a pull request (a skipped or neutral check is not a failure). */
const passing = new Set(['success', 'neutral', 'skipped']);

/** Sums runs up: pending while any is unfinished or none has reported yet. */
export function tally(runs: Run[]): ChecksReport {
	const done = runs.filter((run) => run.status === 'completed');
	const failed = done.filter((run) => !passing.has(run.conclusion ?? '')).length;
	const state =
		runs.length === 0 || done.length < runs.length ? 'pending' : failed ? 'failure' : 'success';
	return { state, total: runs.length, failed };
}

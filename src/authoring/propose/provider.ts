/**
 * What proposing a case needs from a code host, so GitLab (common on company intranets) can be
 * a second implementation beside GitHub's (github.ts): one call that leaves a pull (merge)
 * request with one commit holding the file, resumable from the step that failed.
 */

/** What to propose: the file, its full text, and the words of the commit and the request. */
export interface Proposal {
	/** The file's path in the repository (`content/cases/<id>.mdx`). */
	file: string;
	content: string;
	/** The commit message. */
	message: string;
	/** The pull request's title and body (the repository's template, filled). */
	title: string;
	body: string;
	/** The branch name wanted; a taken one gets `-2`, `-3` … */
	branch: string;
}

/** How far a proposal got: kept with the draft, so a retry goes on from `step`. */
export interface Attempt {
	step: 'base' | 'branch' | 'commit' | 'pull' | 'done';
	branch?: string;
	committed?: boolean;
	/** An open pull request this proposal updates: the commit goes to its branch, no new request. */
	pull?: { url: string; number: number };
	/**
	 * With `pull`: the blob sha of the file as last proposed. If the branch holds anything else
	 * (a reviewer committed to it), the update stops with `conflict` instead of overwriting that.
	 */
	expectedBlob?: string;
	/** The commit made, and the blob sha of the file it holds. */
	sha?: string;
	blob?: string;
}

export interface ProposeResult {
	url: string;
	number: number;
	branch: string;
	/** The commit the pull request shows: its checks are read by `checks`. */
	sha: string;
	/** The pull request's page of checks. */
	checksUrl: string;
	/** The blob sha of the file as proposed: an update later checks the branch still holds it. */
	blob?: string;
}

/**
 * The checks (CI) of a proposed commit, summed up for the form: `pending` while any runs or
 * none has reported yet; `forbidden` when the token may not read them (a permission missing).
 */
export interface ChecksReport {
	state: 'pending' | 'success' | 'failure' | 'forbidden';
	total: number;
	failed: number;
}

/** Why a proposal stopped, in terms the form explains in plain words. */
export type ProposeFailure = 'auth' | 'forbidden' | 'notFound' | 'network' | 'conflict' | 'other';

export class ProposeError extends Error {
	readonly kind: ProposeFailure;
	readonly step: Attempt['step'];
	readonly status?: number;
	constructor(kind: ProposeFailure, step: Attempt['step'], status?: number) {
		super(`${kind} at ${step}${status ? ` (HTTP ${status})` : ''}`);
		this.name = 'ProposeError';
		this.kind = kind;
		this.step = step;
		this.status = status;
	}
}

export interface Provider {
	name: 'github' | 'gitlab';
	propose(proposal: Proposal, attempt: Attempt): Promise<ProposeResult>;
	/** Reads the checks of a commit once; throws `ProposeError('network')` when cut off. */
	checks(sha: string): Promise<ChecksReport>;
}

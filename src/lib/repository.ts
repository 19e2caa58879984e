/**
 * Links to the repository a case lives in, from `content/site.yaml`: edit the file, report a
 * problem. Without a repository URL they return undefined and pages show the
 * file path instead.
 */
import type { SiteConfig } from '../../schemas/site-config.ts';

type Repo = Pick<SiteConfig['repository'], 'url' | 'branch'> & { api?: string };

const trim = (url: string) => url.replace(/\/+$/, '');
const onGitHub = (url: URL) => url.hostname === 'github.com';

/** `owner/name` of a repository's web URL (`https://github.com/owner/name` → `owner/name`). */
export const repositoryPath = (url: string): string =>
	new URL(url).pathname.split('/').filter(Boolean).join('/');

/** The web editor for a file (GitHub, GitLab and Gitea share this form). */
export function editUrl(repository: Repo, filePath: string): string | undefined {
	if (!repository.url) return undefined;
	return `${trim(repository.url)}/edit/${repository.branch}/${filePath}`;
}

/**
 * Where to report a problem with a case, the case named in it when the channel allows: an issue
 * form or a `mailto:` gets the subject and `body` (the page's address, or the reader's report).
 */
export function reportUrl(contact: string, subject: string, body: string): string | undefined {
	if (!contact) return undefined;
	if (contact.startsWith('mailto:'))
		return `${contact}${contact.includes('?') ? '&' : '?'}${new URLSearchParams({ subject, body })}`.replace(
			/\+/g,
			'%20',
		);
	if (/\/issues\/new\/?$/.test(contact))
		return `${contact}?${new URLSearchParams({ title: subject, body })}`;
	return contact;
}

/** A way to send a report: a new issue on the provider, or an e-mail. */
export interface ReportTarget {
	kind: 'issue' | 'mail';
	/** The address the subject and text are added to (`reportUrl`). */
	url: string;
}

/**
 * Where `/report/` sends a reader's correction, best first: a new issue in the repository
 * (GitHub: `<url>/issues/new`; `contact` when it is an issue form), and an e-mail when `contact`
 * is a `mailto:` (the way for readers without an account). Empty: no way, no link.
 */
export function reportTargets(site: {
	repository: Pick<SiteConfig['repository'], 'url'>;
	contact: string;
}): ReportTarget[] {
	const targets: ReportTarget[] = [];
	const repo = site.repository.url ? new URL(site.repository.url) : undefined;
	if (/\/issues\/new\/?$/.test(site.contact) && /^https?:/.test(site.contact))
		targets.push({ kind: 'issue', url: site.contact });
	else if (repo && onGitHub(repo))
		targets.push({ kind: 'issue', url: `${trim(repo.href)}/issues/new` });
	if (site.contact.startsWith('mailto:')) targets.push({ kind: 'mail', url: site.contact });
	return targets;
}

/**
 * The REST API the form proposes through: `repository.api` when set, else GitHub's for
 * github.com and a GitHub Enterprise server's `/api/v3`; undefined for other hosts.
 */
export function apiRoot(repository: Repo): string | undefined {
	if (repository.api) return trim(repository.api);
	if (!repository.url) return undefined;
	const web = new URL(repository.url);
	if (onGitHub(web)) return 'https://api.github.com';
	return `${web.origin}/api/v3`;
}

/**
 * The API the form on `/author/` proposes through, and so the one host that page may connect
 * to: a repository on github.com, or any repository with `api` set. Undefined: no token sign-in.
 */
export function proposeApi(repository: Repo): string | undefined {
	if (!repository.url) return undefined;
	return onGitHub(new URL(repository.url)) || repository.api ? apiRoot(repository) : undefined;
}

/** GitHub's page for a new fine-grained token, filled for this repository where GitHub allows. */
export function tokenPageUrl(repository: Repo): string | undefined {
	if (!repository.url) return undefined;
	const web = new URL(repository.url);
	const [owner = '', name = ''] = repositoryPath(web.href).split('/');
	const query = new URLSearchParams({
		name: `${name} cases`.trim(),
		target_name: owner,
		contents: 'write',
		pull_requests: 'write',
		// Reading the checks: GitHub offers fine-grained tokens no "Checks" permission; the same
		// GitHub Actions results are the commit's workflow runs, which "Actions: read" reads.
		actions: 'read',
	});
	return `${web.origin}/settings/personal-access-tokens/new?${query}`;
}

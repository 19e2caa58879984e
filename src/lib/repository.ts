/**
 * Links to the repository a case lives in, from `content/site.yaml`: edit the file, report a
 * problem. Without a repository URL they return undefined and pages show the
 * file path instead.
 */
import type { SiteConfig } from '../../schemas/site-config.ts';

type Repo = Pick<SiteConfig['repository'], 'url' | 'branch'> & { api?: string };

const trim = (url: string) => url.replace(/\/+$/, '');

/** The web editor for a file (GitHub, GitLab and Gitea share this form). */
export function editUrl(repository: Repo, filePath: string): string | undefined {
	if (!repository.url) return undefined;
	return `${trim(repository.url)}/edit/${repository.branch}/${filePath}`;
}

/** Where to report a problem with a case, the case named in it when the channel allows. */
export function reportUrl(contact: string, subject: string, pageUrl: string): string | undefined {
	if (!contact) return undefined;
	if (contact.startsWith('mailto:'))
		return `${contact}${contact.includes('?') ? '&' : '?'}${new URLSearchParams({ subject, body: pageUrl })}`.replace(
			/\+/g,
			'%20',
		);
	if (/\/issues\/new\/?$/.test(contact))
		return `${contact}?${new URLSearchParams({ title: subject, body: pageUrl })}`;
	return contact;
}

/**
 * The REST API the form proposes through: `repository.api` when set, else GitHub's for
 * github.com and a GitHub Enterprise server's `/api/v3`; undefined for other hosts.
 */
export function apiRoot(repository: Repo): string | undefined {
	if (repository.api) return trim(repository.api);
	if (!repository.url) return undefined;
	const web = new URL(repository.url);
	if (web.hostname === 'github.com') return 'https://api.github.com';
	return `${web.origin}/api/v3`;
}

/**
 * The API the form on `/author/` proposes through, and so the one host that page may connect
 * to: a repository on github.com, or any repository with `api` set. Undefined: no token sign-in.
 */
export function proposeApi(repository: Repo): string | undefined {
	if (!repository.url) return undefined;
	const isGitHub = new URL(repository.url).hostname === 'github.com';
	return isGitHub || repository.api ? apiRoot(repository) : undefined;
}

/** GitHub's page for a new fine-grained token, filled for this repository where GitHub allows. */
export function tokenPageUrl(repository: Repo): string | undefined {
	if (!repository.url) return undefined;
	const web = new URL(repository.url);
	const [owner = '', name = ''] = web.pathname.split('/').filter(Boolean);
	const query = new URLSearchParams({
		name: `${name} cases`.trim(),
		target_name: owner,
		contents: 'write',
		pull_requests: 'write',
	});
	return `${web.origin}/settings/personal-access-tokens/new?${query}`;
}

/**
 * Links to the repository a case lives in, from `content/site.yaml`: edit the file, report a
 * problem. Without a repository URL they return undefined and pages show the
 * file path instead.
 */
import type { SiteConfig } from '../../schemas/site-config.ts';

type Repo = SiteConfig['repository'];

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

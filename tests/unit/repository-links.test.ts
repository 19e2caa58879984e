import { describe, expect, it } from 'vitest';
import { editUrl, reportTargets, reportUrl } from '../../src/lib/repository.ts';

describe('links to the repository', () => {
	it('edits a case file on the configured branch', () => {
		expect(
			editUrl({ url: 'https://github.com/acme/mot/', branch: 'main' }, 'content/cases/x.mdx'),
		).toBe('https://github.com/acme/mot/edit/main/content/cases/x.mdx');
		expect(editUrl({ url: '', branch: 'main' }, 'content/cases/x.mdx')).toBeUndefined();
	});

	it('reports a problem through an issue form, by e-mail, or at a plain address', () => {
		const issue = new URL(
			reportUrl(
				'https://github.com/acme/mot/issues/new',
				'案例问题: 标题 (x)',
				'https://h/cases/x/',
			)!,
		);
		expect(issue.searchParams.get('title')).toBe('案例问题: 标题 (x)');
		expect(issue.searchParams.get('body')).toBe('https://h/cases/x/');
		expect(reportUrl('mailto:training@example.com', 'Problem: x', 'https://h/cases/x/')).toBe(
			'mailto:training@example.com?subject=Problem%3A%20x&body=https%3A%2F%2Fh%2Fcases%2Fx%2F',
		);
		expect(reportUrl('https://intranet/helpdesk', 's', 'u')).toBe('https://intranet/helpdesk');
		expect(reportUrl('', 's', 'u')).toBeUndefined();
	});
});

describe('where a reader’s report goes (/report/)', () => {
	it('a new issue on the repository’s host, an issue form named as contact, or an e-mail', () => {
		const github = { url: 'https://github.com/acme/mot/' };
		expect(reportTargets({ repository: github, contact: '' })).toEqual([
			{ kind: 'issue', url: 'https://github.com/acme/mot/issues/new' },
		]);
		// Readers without a GitHub account can still write when the contact is an address.
		expect(reportTargets({ repository: github, contact: 'mailto:training@example.com' })).toEqual([
			{ kind: 'issue', url: 'https://github.com/acme/mot/issues/new' },
			{ kind: 'mail', url: 'mailto:training@example.com' },
		]);
		expect(
			reportTargets({ repository: { url: '' }, contact: 'mailto:training@example.com' }),
		).toEqual([{ kind: 'mail', url: 'mailto:training@example.com' }]);
		expect(
			reportTargets({
				repository: { url: 'https://git.example.com/t/mot' },
				contact: 'https://git.example.com/t/mot/issues/new',
			}),
		).toEqual([{ kind: 'issue', url: 'https://git.example.com/t/mot/issues/new' }]);
		// Nothing to pre-fill: no form (the case page links the contact as it is).
		expect(
			reportTargets({ repository: { url: '' }, contact: 'https://intranet/helpdesk' }),
		).toEqual([]);
		expect(
			reportTargets({ repository: { url: 'https://git.example.com/t/mot' }, contact: '' }),
		).toEqual([]);
	});

	it('puts the reader’s text into the issue and the e-mail whole', () => {
		const body = '页面：https://h/cases/x/#gaps\n\n哪里不对：\n“对吗?"得到” 引号反了 & 100%';
		const issue = new URL(
			reportUrl('https://github.com/acme/mot/issues/new', '案例问题：x', body)!,
		);
		expect(issue.searchParams.get('body')).toBe(body);
		const mail = reportUrl('mailto:t@example.com', '案例问题：x', body)!;
		expect(decodeURIComponent(mail.split('body=')[1]!)).toBe(body);
	});
});

import { describe, expect, it } from 'vitest';
import { editUrl, reportUrl } from '../../src/lib/repository.ts';

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

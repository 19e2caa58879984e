/**
 * Reading the checks of a proposed commit from a local fake of GitHub's API whose requests and
 * answers are checked against GitHub's OpenAPI description: queued → in progress → done, a
 * failure counted, a fine-grained token (no "Checks" permission exists for it) read through the
 * workflow runs, and a token without "Actions: read" told apart from a failure.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubProvider, tally } from '../../src/authoring/propose/github.ts';
import { ProposeError, type Proposal } from '../../src/authoring/propose/provider.ts';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.ts';

let fake: FakeGitHub | undefined;
afterEach(async () => {
	expect(fake?.violations ?? []).toEqual([]);
	await fake?.close();
	fake = undefined;
});

const provider = (f: FakeGitHub) =>
	createGitHubProvider({
		api: f.url,
		repository: `${f.owner}/${f.repo}`,
		base: 'main',
		token: f.token,
	});
const proposal: Proposal = {
	file: 'content/cases/new-case.mdx',
	content: '---\ntitle: 新案例\n---\n\n正文。\n',
	message: '新案例',
	title: '新案例',
	body: '新案例',
	branch: 'case/new-case',
};
const checkRequests = (f: FakeGitHub) =>
	f.requests.filter((r) => /check-runs|actions\/runs|\/status$/.test(r.split('?')[0]!));

describe('the checks of a proposed commit', { timeout: 60_000 }, () => {
	it('go from in progress to all passed; the pull request names its commit and checks page', async () => {
		fake = await startFakeGitHub({});
		fake.checks = [
			{ name: 'check', conclusion: 'success' },
			{ name: 'build', conclusion: 'success' },
		];
		const github = provider(fake);
		const result = await github.propose(proposal, { step: 'base' });
		expect(result.checksUrl).toBe('https://github.com/example/mot-handbook/pull/1/checks');
		expect(result.sha).toMatch(/^[0-9a-f]{40}$/);
		expect(fake.requests).toContain(`GET /repos/example/mot-handbook/git/ref/heads/main`);
		expect(await github.checks(result.sha)).toEqual({ state: 'pending', total: 2, failed: 0 });
		expect(await github.checks(result.sha)).toEqual({ state: 'pending', total: 2, failed: 0 });
		expect(await github.checks(result.sha)).toEqual({ state: 'success', total: 2, failed: 0 });
		expect(fake.checkReads.get(result.sha)).toBe(3);
	});

	it('a failed check and a failed commit status are counted', async () => {
		fake = await startFakeGitHub({});
		fake.checks = [
			{ name: 'check', conclusion: 'failure' },
			{ name: 'build', conclusion: 'success' },
		];
		fake.statuses = [{ context: 'ci/other', state: 'failure' }];
		const github = provider(fake);
		const { sha } = await github.propose(proposal, { step: 'base' });
		await github.checks(sha);
		await github.checks(sha);
		expect(await github.checks(sha)).toEqual({ state: 'failure', total: 3, failed: 2 });
	});

	it('a fine-grained token with "Actions: read" reads the workflow runs, asking for check runs once', async () => {
		fake = await startFakeGitHub({});
		fake.access = 'actions';
		fake.checks = [{ name: 'check', conclusion: 'failure' }];
		const github = provider(fake);
		const { sha } = await github.propose(proposal, { step: 'base' });
		for (let i = 0; i < 2; i++)
			expect(await github.checks(sha)).toEqual({ state: 'pending', total: 1, failed: 0 });
		expect(await github.checks(sha)).toEqual({ state: 'failure', total: 1, failed: 1 });
		const asked = checkRequests(fake).map((r) => r.replace(sha, '<sha>').split('?')[0]);
		expect(asked).toEqual([
			'GET /repos/example/mot-handbook/commits/<sha>/check-runs',
			'GET /repos/example/mot-handbook/actions/runs',
			'GET /repos/example/mot-handbook/commits/<sha>/status',
			'GET /repos/example/mot-handbook/actions/runs',
			'GET /repos/example/mot-handbook/actions/runs',
		]);
	});

	it('a token that may not read them says so instead of failing', async () => {
		fake = await startFakeGitHub({});
		fake.access = 'none';
		fake.checks = [{ name: 'check', conclusion: 'success' }];
		const github = provider(fake);
		const { sha } = await github.propose(proposal, { step: 'base' });
		expect(await github.checks(sha)).toEqual({ state: 'forbidden', total: 0, failed: 0 });
	});

	it('a cut connection is a network error (the form tries again later)', async () => {
		fake = await startFakeGitHub({});
		const github = provider(fake);
		const { sha } = await github.propose(proposal, { step: 'base' });
		fake.failNext = 'GET /repos/example/mot-handbook/commits/';
		const error = await github.checks(sha).catch((e) => e);
		expect(error).toBeInstanceOf(ProposeError);
		expect((error as ProposeError).kind).toBe('network');
	});

	it('sums runs up: none yet is pending, neutral and skipped pass, cancelled fails', () => {
		expect(tally([])).toEqual({ state: 'pending', total: 0, failed: 0 });
		expect(
			tally([
				{ status: 'completed', conclusion: 'neutral' },
				{ status: 'completed', conclusion: 'skipped' },
			]),
		).toEqual({ state: 'success', total: 2, failed: 0 });
		expect(
			tally([
				{ status: 'completed', conclusion: 'cancelled' },
				{ status: 'completed', conclusion: 'success' },
			]),
		).toEqual({ state: 'failure', total: 2, failed: 1 });
	});
});

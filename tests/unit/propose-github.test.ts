/**
 * Proposing against a local fake of GitHub's API (tests/helpers/fake-github.ts) whose requests
 * and answers are checked against GitHub's published OpenAPI description.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createGitHubProvider } from '../../src/authoring/propose/github.ts';
import { ProposeError, type Attempt, type Proposal } from '../../src/authoring/propose/provider.ts';
import { blobSha, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.ts';

const gold = readFileSync(
	new URL('../../content/cases/gold-card-lounge.mdx', import.meta.url),
	'utf8',
);
const file = 'content/cases/gold-card-lounge.mdx';
let fake: FakeGitHub | undefined;
afterEach(async () => {
	expect(fake?.violations ?? []).toEqual([]);
	await fake?.close();
	fake = undefined;
});

const provider = (f: FakeGitHub, token = f.token) =>
	createGitHubProvider({ api: f.url, repository: `${f.owner}/${f.repo}`, base: 'main', token });
const proposal = (content: string, path = file): Proposal => ({
	file: path,
	content,
	message: `案例：${path}`,
	title: `案例：${path}`,
	body: '## 这个拉取请求做了什么\n\n- [x] 新案例',
	branch: 'case/gold-card-lounge',
});
const longCase = (characters: number) =>
	gold.replace(
		/\n---\n\n[\s\S]*$/,
		`\n---\n\n${'客户在窗口前等候。'.repeat(Math.ceil(characters / 9)).slice(0, characters)}\n`,
	);

describe('proposing a case on GitHub with a token', { timeout: 120_000 }, () => {
	it('a new case: one branch, one commit with the file, one pull request', async () => {
		fake = await startFakeGitHub({});
		const attempt: Attempt = { step: 'base' };
		const text = longCase(1500);
		const result = await provider(fake).propose(proposal(text), attempt);
		expect(result).toEqual({
			url: `https://github.com/example/mot-handbook/pull/1`,
			number: 1,
			branch: 'case/gold-card-lounge',
			sha: expect.stringMatching(/^[0-9a-f]{40}$/),
			checksUrl: `https://github.com/example/mot-handbook/pull/1/checks`,
			blob: blobSha(text),
		});
		expect(fake.branches.get('case/gold-card-lounge')!.get(file)).toBe(longCase(1500));
		expect(fake.branches.get('main')!.has(file)).toBe(false);
		expect(fake.puts).toHaveLength(1);
		expect(fake.puts[0]!.sha).toBeUndefined();
		expect(fake.pulls).toEqual([
			expect.objectContaining({ head: 'case/gold-card-lounge', base: 'main' }),
		]);
	});

	it('an edit sends the file’s current blob sha, and only the changed line differs', async () => {
		fake = await startFakeGitHub({ [file]: gold });
		const edited = gold.replace('title: 查不到卡号的金卡客户', 'title: 查不到卡号的金卡会员');
		await provider(fake).propose(proposal(edited), { step: 'base' });
		expect(fake.puts[0]!.sha).toBe(blobSha(gold));
		const after = fake.branches.get('case/gold-card-lounge')!.get(file)!.split('\n');
		const before = gold.split('\n');
		expect(after.filter((line, i) => line !== before[i])).toEqual(['title: 查不到卡号的金卡会员']);
	});

	it('a wrong or expired token stops at once with its own reason, and nothing is created', async () => {
		fake = await startFakeGitHub({});
		const error = await provider(fake, 'github_pat_expired')
			.propose(proposal(gold), { step: 'base' })
			.catch((e) => e);
		expect(error).toBeInstanceOf(ProposeError);
		expect((error as ProposeError).kind).toBe('auth');
		expect(fake.branches.size).toBe(1);
		expect(fake.pulls).toEqual([]);
	});

	it('a network failure mid-way says where it stopped; a retry goes on from there and does nothing twice', async () => {
		fake = await startFakeGitHub({});
		fake.failNext = 'POST /repos/example/mot-handbook/pulls';
		const attempt: Attempt = { step: 'base' };
		const error = await provider(fake)
			.propose(proposal(gold), attempt)
			.catch((e) => e);
		expect(error).toMatchObject({ kind: 'network', step: 'pull' });
		expect(attempt).toEqual({
			step: 'pull',
			branch: 'case/gold-card-lounge',
			committed: true,
			sha: expect.stringMatching(/^[0-9a-f]{40}$/),
			blob: blobSha(gold),
		});
		const result = await provider(fake).propose(proposal(gold), attempt);
		expect(result.number).toBe(1);
		expect(fake.puts).toHaveLength(1);
		expect([...fake.branches.keys()]).toEqual(['main', 'case/gold-card-lounge']);
	});

	it('a branch name already taken gets the next free one', async () => {
		fake = await startFakeGitHub({});
		await provider(fake).propose(proposal(gold), { step: 'base' });
		const second = await provider(fake).propose(proposal(gold, 'content/cases/other.mdx'), {
			step: 'base',
		});
		expect(second.branch).toBe('case/gold-card-lounge-2');
		expect(fake.pulls.map((p) => p.head)).toEqual([
			'case/gold-card-lounge',
			'case/gold-card-lounge-2',
		]);
	});

	it('an update goes to the open pull request as a new commit, unless someone changed the file there', async () => {
		fake = await startFakeGitHub({});
		const first = await provider(fake).propose(proposal(gold), { step: 'base' });
		const update = (): Attempt => ({
			step: 'commit',
			branch: first.branch,
			pull: { url: first.url, number: first.number },
			expectedBlob: first.blob,
		});
		const changed = gold.replace(/^summary: (.*)$/m, 'summary: $1（补充）');
		const second = await provider(fake).propose(proposal(changed), update());
		expect(second).toMatchObject({ url: first.url, number: 1, branch: first.branch });
		expect(second.sha).not.toBe(first.sha);
		expect(fake.pulls).toHaveLength(1);
		expect(fake.puts).toHaveLength(2);
		expect(fake.branches.get(first.branch)!.get(file)).toBe(changed);
		// The branch no longer holds what was proposed (first.blob): a reviewer's commit stays.
		const error = await provider(fake)
			.propose(proposal(`${changed}\n`), update())
			.catch((e) => e);
		expect(error).toMatchObject({ kind: 'conflict', step: 'commit' });
		expect(fake.branches.get(first.branch)!.get(file)).toBe(changed);
		// The branch is gone (merged and deleted): nothing to update, which the form answers anew.
		fake.branches.delete(first.branch);
		const gone = await provider(fake)
			.propose(proposal(changed), { ...update(), expectedBlob: second.blob })
			.catch((e) => e);
		expect(gone).toMatchObject({ kind: 'notFound', step: 'commit' });
		expect(fake.puts).toHaveLength(2);
	});

	it('a 20,000-character case goes through whole (no URL carries it)', async () => {
		fake = await startFakeGitHub({});
		const text = longCase(20_000);
		await provider(fake).propose(proposal(text), { step: 'base' });
		expect(fake.branches.get('case/gold-card-lounge')!.get(file)).toBe(text);
		expect(Math.max(...fake.requests.map((r) => r.length))).toBeLessThan(200);
	});
});

/**
 * Hands a browser context's requests to api.github.com (the one host /author/'s CSP allows a site
 * built for github.com to reach) to the fake GitHub on 127.0.0.1, and stops and records any other
 * request that would leave the machine.
 */
import type { BrowserContext } from 'playwright-core';
import type { FakeGitHub } from './fake-github.ts';

/** Returns the list of stopped requests (a test expects it empty). */
export async function routeToFakeGitHub(
	context: BrowserContext,
	fake: FakeGitHub,
): Promise<string[]> {
	const leaving: string[] = [];
	await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, async (route) => {
		const request = route.request();
		const url = new URL(request.url());
		if (url.origin !== 'https://api.github.com') {
			leaving.push(request.url());
			return route.abort();
		}
		try {
			const answer = await fetch(`${fake.url}${url.pathname}${url.search}`, {
				method: request.method(),
				headers: await request.allHeaders(),
				body: request.postData() ?? undefined,
			});
			await route.fulfill({
				status: answer.status,
				headers: Object.fromEntries(answer.headers),
				body: Buffer.from(await answer.arrayBuffer()),
			});
		} catch {
			await route.abort('connectionfailed');
		}
	});
	return leaving;
}

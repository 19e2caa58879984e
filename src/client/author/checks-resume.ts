/**
 * A proposed draft opened again while its checks may still run (the page that followed them was
 * closed or reloaded): follows them again for what is left of the 20 minutes, when signed in.
 */
import type { Translator } from '../../i18n/translate.ts';
import type { AuthorKey } from '../../i18n/author.ts';
import { politeTiming } from './checks-watch.ts';
import { currentDraft, noteChecks, readIndex } from './draft.ts';
import { loadToken } from './token.ts';

/** Starts following when there is something to follow; returns a function that stops. */
export function resumeChecks(
	a: Translator<AuthorKey>,
	input: { api: string; repository: string; base: string },
): (() => void) | undefined {
	const out = document.getElementById('author-checks');
	const proposed = readIndex().drafts.find((d) => d.id === currentDraft())?.proposed;
	const token = loadToken();
	if (!out || !token || !proposed?.sha || !proposed.checksUrl || !proposed.at) return undefined;
	if (proposed.checks && proposed.checks.state !== 'pending') return undefined;
	const since = Date.parse(proposed.at);
	if (!(Date.now() - since < politeTiming.limit)) return undefined;
	const { url, number, sha, checksUrl } = proposed;
	let stop: (() => void) | undefined;
	let stopped = false;
	void import('./propose-pr.ts').then(({ followChecks }) => {
		if (stopped) return;
		stop = followChecks(
			{ ...input, token },
			{ url, number, branch: '', sha, checksUrl },
			a,
			out,
			(checks) => noteChecks(url, checks),
			{ ...politeTiming, limit: politeTiming.limit - (Date.now() - since) },
		);
	});
	return () => {
		stopped = true;
		stop?.();
	};
}

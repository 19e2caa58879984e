/**
 * Follows a proposed pull request's checks while the page is open, politely: one read at once,
 * then every 15 s, 1.5 times longer after each read up to a minute, none while the tab is hidden
 * (a read is made on return when one fell due), and none after 20 minutes or once every check
 * is done. Timers and clock are the page's own, so a test speeds them up with Playwright's clock.
 */
import { ProposeError, type ChecksReport } from '../../authoring/propose/provider.ts';

/** How the watch ends when it does not end with a result. */
export type WatchEnd = 'timeout' | 'auth';

export interface WatchTiming {
	/** The first wait between reads, ms. */
	every: number;
	/** The longest wait between reads, ms. */
	max: number;
	/** No read after this long, ms. */
	limit: number;
}

export const politeTiming: WatchTiming = { every: 15_000, max: 60_000, limit: 20 * 60_000 };

/** Starts the watch; `report` gets each read's result, `end` the reason it stopped early. Returns a stop function. */
export function watchChecks(
	read: () => Promise<ChecksReport>,
	report: (checks: ChecksReport) => void,
	end: (why: WatchEnd) => void,
	timing: WatchTiming = politeTiming,
): () => void {
	const started = Date.now();
	let wait = timing.every;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let due = false;
	let stopped = false;
	const stop = () => {
		stopped = true;
		clearTimeout(timer);
		document.removeEventListener('visibilitychange', onVisible);
	};
	const schedule = () => {
		if (Date.now() - started + wait > timing.limit) {
			stop();
			return end('timeout');
		}
		timer = setTimeout(poll, wait);
		wait = Math.min(timing.max, Math.round(wait * 1.5));
	};
	async function poll(): Promise<void> {
		if (stopped) return;
		if (document.hidden) {
			due = true;
			return;
		}
		due = false;
		try {
			const checks = await read();
			if (stopped) return;
			report(checks);
			if (checks.state !== 'pending') return stop();
		} catch (error) {
			if (error instanceof ProposeError && error.kind === 'auth') {
				stop();
				return end('auth');
			}
			// A cut connection or a busy API: the next read may work.
		}
		schedule();
	}
	function onVisible(): void {
		if (!document.hidden && due) void poll();
	}
	document.addEventListener('visibilitychange', onVisible);
	void poll();
	return stop;
}

/**
 * The only script a reading page loads (budget: ~1 KB gzip): copy a section's link or a
 * case's citation with one click, the section the reader is at for "report a problem", and the
 * offline copy (registers the service worker, says exactly what is saved, when the reader is
 * offline and when a newer page exists, and offers to save every case: the downloading is the
 * service worker's, run only when asked).
 */
export function enhance(): void {
	const bar = document.getElementById('site-status')!;
	const [text, reload] = [bar.querySelector('span')!, bar.querySelector('button')!];
	let timer = 0;
	/** Offline and update notices stay; "copied" and "ready" go after a few seconds. */
	const show = (message: string, offerReload = false, brief = false) => {
		text.textContent = message;
		reload.hidden = !offerReload;
		bar.hidden = false;
		clearTimeout(timer);
		if (brief) timer = window.setTimeout(() => (bar.hidden = true), 5000);
	};
	reload.onclick = () => location.reload();

	const copy = async (value: string, done: string) => {
		try {
			await navigator.clipboard.writeText(value);
			show(done, false, true);
		} catch {
			// Clipboard refused (insecure origin, permissions): the link still leads to the section.
		}
	};
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-text]')) {
		button.hidden = false;
		button.onclick = () => copy(button.dataset.copyText!, button.dataset.copied!);
	}
	document.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-copy-link]');
		if (link) void copy(link.href, bar.dataset.copied!);
		// "Report a problem" names the section the reader came to (the page's anchor).
		const report = (event.target as Element).closest<HTMLAnchorElement>('a[data-report]');
		if (report) report.hash = location.hash;
	});

	// `astro dev` has no sw.js, so registering there fails quietly.
	const worker = navigator.serviceWorker;
	if (!worker) return;
	const base = document.documentElement.dataset.base!;
	const offline = () => show(bar.dataset.offline!);
	addEventListener('offline', offline);
	addEventListener('online', () => (bar.hidden = true));
	if (!navigator.onLine) offline();
	/** The version this browser last saw, so "updated" never depends on when events fired. */
	const seenKey = `mot-sw-version:${base}`;
	let storage: Storage | undefined;
	try {
		storage = localStorage;
	} catch {
		// Storage blocked: no "ready"/"updated" notices, reading offline still works.
	}
	const panel = document.getElementById('offline-panel')!;
	const [saved, save, remove] = panel.querySelectorAll<HTMLElement>('p, button');
	const progress = panel.querySelector('progress')!;
	const lang = document.documentElement.dataset.lang;
	let registered: ServiceWorkerRegistration | undefined;
	// A new deploy's worker speaks for what is saved once installed, even while still waiting
	// (the old one's copies are gone; see the worker's 'activate' message).
	const newest = () => registered?.waiting ?? worker.controller;
	// The worker downloads; the page only asks and shows progress.
	const send = (type: string) => newest()?.postMessage({ type, lang });
	save!.onclick = () => {
		save!.hidden = true;
		progress.hidden = false;
		send('save');
	};
	remove!.onclick = () => send('remove');
	worker.onmessage = ({ data, source }) => {
		if (data.type === 'fresh') show(bar.dataset.fresh!, true);
		if (data.type === 'progress') [progress.max, progress.value] = [data.total, data.done];
		if (data.type !== 'status' || !data.ready) return;
		// An older worker still in charge no longer speaks for what is saved.
		if (source !== newest()) return;
		// Exactly what this browser holds for this language (data-all, data-search or data-grid).
		const said = panel.dataset[data.saved]!;
		saved!.textContent = said + (data.failed ? ` ${panel.dataset.failed}` : '');
		save!.hidden = data.saved === 'all' || !navigator.onLine;
		save!.lastElementChild!.textContent = panel.dataset.size!.replace(
			'{size}',
			data.bytes < 1e6
				? `${Math.ceil(data.bytes / 1024)} KB`
				: `${(data.bytes / 1048576).toFixed(1)} MB`,
		);
		remove!.hidden = !data.chosen;
		panel.hidden = false;
		progress.hidden = true;
		if (data.servedFrom === 'offline' || !navigator.onLine) return offline();
		if (data.servedFrom === 'slow') return show(bar.dataset.slow!);
		if (!storage) return;
		const seen = storage.getItem(seenKey);
		storage.setItem(seenKey, data.version);
		if (!seen) show(said, false, true);
		else if (seen !== data.version) show(bar.dataset.updated!, true);
	};
	worker.oncontrollerchange = () => send('status');
	// Ask for a new deploy ourselves, on load, when the network returns and when the reader
	// comes back to the tab: browsers' own check after a navigation is timing-dependent and a
	// tab left open never navigates.
	const checkForDeploy = (registration: ServiceWorkerRegistration) => {
		// Blocked service workers (some browsers and policies) resolve with no registration.
		if (navigator.onLine) registration?.update().catch(() => undefined);
	};
	worker.register(`${base}sw.js`, { scope: base }).then(
		(registration) => {
			registered = registration;
			// A new deploy's worker left waiting is asked to take over, and the newest worker what
			// it saved. Never the old one then: a message can restart it as Chromium stops it to
			// activate the new one, which then waits for minutes.
			const takeOver = () => {
				registration?.waiting?.postMessage({ type: 'activate' });
				send('status');
			};
			const follow = (next: ServiceWorker | null | undefined) =>
				next && (next.onstatechange = () => next.state === 'installed' && takeOver());
			follow(registration?.installing);
			takeOver();
			if (registration) registration.onupdatefound = () => follow(registration.installing);
			checkForDeploy(registration);
			addEventListener('online', () => checkForDeploy(registration));
			document.addEventListener(
				'visibilitychange',
				() => document.hidden || checkForDeploy(registration),
			);
		},
		() => undefined,
	);
}

/*
 * The handbook's service worker: offline reading for staff on weak networks.
 *
 * - Install: save the pages every language shares (the manifest, a JSON file named after this
 *   version written by src/integrations/offline.ts), and again whatever was saved per language,
 *   so a deploy never loses it. A page's first question saves its language's share of the
 *   budget (cell pages, search, all cases: as much as fits, in that order).
 * - "Save all cases" (a message from the page) downloads the rest for one language, reporting
 *   progress; "remove" deletes it. The page asks what is saved and says exactly that.
 * - Pages: network first, so a reader online always gets the current deploy; the cached copy
 *   only when the network fails or is too slow, and then the page is told so and offered the
 *   new one once it arrives. Every page read online is kept for reading offline.
 * - Fingerprinted files (`_astro/`, search chunks): cache first; they never change under a name.
 * A new deploy changes VERSION, so the browser installs the new worker, which drops the old
 * deploy's copies once it has saved its own.
 */
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const PRECACHE_LIST = '__PRECACHE_LIST__';
const OFFLINE_PAGES = __OFFLINE_PAGES__;
const precacheName = `mot-precache-${VERSION}`;
const savedName = (lang) => `mot-saved-${lang}-${VERSION}`;
const pagesName = 'mot-pages';
const assetsName = 'mot-assets';
/** What was saved per language (kept across deploys). */
const choiceName = 'mot-choice';
const choiceKey = `${BASE}__saved`;
/** After this long without an answer, a cached copy is shown while the network keeps trying. */
const slowNetworkMs = 4000;

/** How each recent navigation was answered, for the page to ask about. */
const servedFrom = new Map();

let manifestPromise;
/** This version's manifest: from the precache once installed, from the network while installing. */
function manifest() {
	manifestPromise ??= caches
		.match(PRECACHE_LIST)
		.then((cached) => cached ?? fetch(PRECACHE_LIST, { cache: 'no-cache' }))
		.then((response) => {
			if (!response.ok) throw new Error(`${PRECACHE_LIST}: HTTP ${response.status}`);
			return response.json();
		})
		.catch((error) => {
			manifestPromise = undefined;
			throw error;
		});
	return manifestPromise;
}

/** Per language, what this browser keeps: 'auto' (the first visit's share) or 'all' (the reader chose). */
async function states() {
	const stored = await (await caches.open(choiceName)).match(choiceKey);
	return stored ? stored.json() : {};
}

async function setState(lang, state) {
	const all = await states();
	all[lang] = state;
	await (await caches.open(choiceName)).put(choiceKey, Response.json(all));
}

/** Downloads a list into a cache a few files at a time, telling `progress` the bytes so far. */
async function saveAll(cacheName, urls, progress = () => undefined) {
	const cache = await caches.open(cacheName);
	const queue = [...urls];
	let done = 0;
	const worker = async () => {
		for (let url = queue.shift(); url; url = queue.shift()) {
			if (!(await cache.match(url))) {
				const response = await fetch(url, { cache: 'no-cache' });
				if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
				await cache.put(url, response);
			}
			progress(++done, urls.length);
		}
	};
	await Promise.all([worker(), worker(), worker(), worker()]);
}

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const list = await manifest();
			await saveAll(precacheName, [...list.first, PRECACHE_LIST]);
			// What the reader had is saved again from this deploy before it takes over.
			for (const [lang, state] of Object.entries(await states())) {
				const saved = list.langs[lang];
				if (saved)
					await saveAll(savedName(lang), [...saved.auto, ...(state === 'all' ? saved.rest : [])]);
			}
			// This deploy is saved whole, so the last one's copies go now, not at activation:
			// Chromium can keep a new worker waiting for minutes (see the 'activate' message), and
			// the old worker, still in charge, then serves this deploy's copies (see fromCache).
			await dropOtherDeploys();
			await self.skipWaiting();
		})(),
	);
});

/** Caches that hold one deploy's saved copies: the precache and each language's share. */
const isDeployCache = (name) => /^mot-(?:precache|saved)-/.test(name);
const isOwnCache = (name) => name.endsWith(`-${VERSION}`);

async function dropOtherDeploys() {
	const names = await caches.keys();
	await Promise.all(
		names
			.filter((name) => isDeployCache(name) && !isOwnCache(name))
			.map((name) => caches.delete(name)),
	);
}

self.addEventListener('activate', (event) => {
	event.waitUntil(dropOtherDeploys().then(() => self.clients.claim()));
});

const isFingerprinted = (path) =>
	path.startsWith(`${BASE}_astro/`) ||
	// Search chunks are named by their content; extra shards sit in folders named by theirs.
	/\/pagefind\/(?:shard-[0-9a-f]+\/)?(?:index|fragment|filter)\//.test(path) ||
	/\/pagefind\/wasm\./.test(path);

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
	if (request.mode === 'navigate') event.respondWith(page(event));
	else if (isFingerprinted(url.pathname)) event.respondWith(cacheFirst(request));
	else event.respondWith(networkFirst(request));
});

/**
 * A saved copy: a deploy's own copies first (this worker's, else the newer deploy's that replaced
 * them), then pages read online, which may be from an older deploy than the saved copies.
 */
async function fromCache(request) {
	const names = (await caches.keys()).filter(isDeployCache);
	const deploys = [...names.filter(isOwnCache), ...names.filter((name) => !isOwnCache(name))];
	for (const options of [{}, { ignoreSearch: true }]) {
		for (const name of deploys) {
			const saved = await (await caches.open(name)).match(request, options);
			if (saved) return saved;
		}
		const read = await caches.match(request, options);
		if (read) return read;
	}
	return undefined;
}

/** Pages read are kept up to this many; the oldest go first. */
const maxPages = 500;

async function keep(cacheName, request, response) {
	if (!response.ok || response.type !== 'basic') return response;
	const cache = await caches.open(cacheName);
	await cache.delete(request, { ignoreSearch: false });
	await cache.put(request, response.clone());
	if (cacheName === pagesName) {
		const keys = await cache.keys();
		for (const old of keys.slice(0, Math.max(0, keys.length - maxPages))) await cache.delete(old);
	}
	return response;
}

function remember(clientId, how) {
	servedFrom.set(clientId, how);
	if (servedFrom.size > 50) servedFrom.delete(servedFrom.keys().next().value);
}

async function page(event) {
	const request = event.request;
	const clientId = event.resultingClientId;
	const network = fetch(request).then((response) => keep(pagesName, request, response));
	const timeout = new Promise((resolve) => setTimeout(() => resolve('slow'), slowNetworkMs));
	try {
		const first = await Promise.race([network, timeout]);
		if (first !== 'slow') {
			remember(clientId, 'network');
			return first;
		}
		const cached = await fromCache(request);
		if (!cached) {
			remember(clientId, 'network');
			return network;
		}
		remember(clientId, 'slow');
		// The reader sees the saved copy now and is offered the fresh one when it arrives.
		event.waitUntil(network.then(() => notify(clientId, 'fresh')).catch(() => undefined));
		return cached;
	} catch {
		remember(clientId, 'offline');
		const cached = await fromCache(request);
		if (cached) return cached;
		const path = new URL(request.url).pathname;
		const offline = OFFLINE_PAGES.find(({ prefix }) => path.startsWith(prefix));
		return (offline && (await caches.match(offline.page))) ?? Response.error();
	}
}

async function notify(clientId, type) {
	const client = await self.clients.get(clientId);
	client?.postMessage({ type });
}

async function cacheFirst(request) {
	const cached = await caches.match(request);
	if (cached) return cached;
	return keep(assetsName, request, await fetch(request));
}

async function networkFirst(request) {
	try {
		return await keep(assetsName, request, await fetch(request));
	} catch (error) {
		const cached = await fromCache(request);
		if (cached) return cached;
		throw error;
	}
}

/** What is saved for a language, as the page says it; a language's first request saves its share of the budget. */
async function status(lang) {
	const list = await manifest();
	const saved = list.langs[lang];
	const ready = await caches.has(precacheName);
	let state = (await caches.has(savedName(lang))) && (await states())[lang];
	if (!state && ready && saved) {
		try {
			await saveAll(savedName(lang), saved.auto);
			await setState(lang, (state = 'auto'));
		} catch {
			// No network for it now: the next page asks again.
		}
	}
	return {
		ready,
		saved: state === 'all' ? 'all' : state ? saved.level : 'shell',
		chosen: state === 'all' && saved.level !== 'all',
		bytes: saved?.restBytes ?? 0,
		cases: saved?.cases ?? 0,
	};
}

self.addEventListener('message', (event) => {
	const { type, lang } = event.data ?? {};
	const reply = (message) => event.source?.postMessage(message);
	const answerStatus = async (failed = false) =>
		reply({
			type: 'status',
			version: VERSION,
			servedFrom: servedFrom.get(event.source.id) ?? 'network',
			failed,
			...(await status(lang)),
		});
	// A waiting worker told by its page. Chromium activates a new worker once the old one has
	// stopped; when a request restarts the old one just then, the new one waits until the old one
	// idles out (30 s; up to 5 min while DevTools is attached), and only the first skipWaiting
	// after install asks again. The page meanwhile hears from the waiting worker (its 'status').
	if (type === 'activate') event.waitUntil(self.skipWaiting());
	if (type === 'status') event.waitUntil(answerStatus());
	if (type === 'save')
		event.waitUntil(
			(async () => {
				const list = await manifest();
				let failed = false;
				try {
					const saved = list.langs[lang];
					await saveAll(savedName(lang), [...saved.auto, ...saved.rest], (done, total) =>
						reply({ type: 'progress', done, total }),
					);
					await setState(lang, 'all');
				} catch {
					failed = true;
				}
				await answerStatus(failed);
			})(),
		);
	if (type === 'remove')
		event.waitUntil(
			(async () => {
				// Back to the first visit's share: only what "save all" added goes.
				const cache = await caches.open(savedName(lang));
				for (const url of (await manifest()).langs[lang]?.rest ?? []) await cache.delete(url);
				await setState(lang, 'auto');
				await answerStatus();
			})(),
		);
});

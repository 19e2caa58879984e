/*
 * The handbook's service worker: offline reading for staff on weak networks.
 *
 * - Install: precache the grid, the cell pages, the guides, the search page and the search
 *   index (the list is a JSON file named after this version, written at build time by
 *   src/integrations/offline.ts, so this script stays small for the update check pages make).
 * - Pages: network first, so a reader online always gets the current deploy; the cached copy
 *   only when the network fails or is too slow, and then the page is told so and offered the
 *   new one once it arrives. Every page read online is kept for reading offline.
 * - Fingerprinted files (`_astro/`, search chunks): cache first; they never change under a name.
 * A new deploy changes VERSION, so the browser installs the new worker and drops old caches.
 */
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const PRECACHE_LIST = '__PRECACHE_LIST__';
const OFFLINE_PAGES = __OFFLINE_PAGES__;
const precacheName = `mot-precache-${VERSION}`;
const pagesName = 'mot-pages';
const assetsName = 'mot-assets';
/** After this long without an answer, a cached copy is shown while the network keeps trying. */
const slowNetworkMs = 4000;

/** How each recent navigation was answered, for the page to ask about. */
const servedFrom = new Map();

self.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(precacheName)
			.then(async (cache) => {
				const list = await fetch(PRECACHE_LIST, { cache: 'no-cache' });
				if (!list.ok) throw new Error(`${PRECACHE_LIST}: HTTP ${list.status}`);
				await cache.addAll(await list.json());
			})
			.then(() => self.skipWaiting()),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) =>
				Promise.all(
					names
						.filter((name) => name.startsWith('mot-precache-') && name !== precacheName)
						.map((name) => caches.delete(name)),
				),
			)
			.then(() => self.clients.claim()),
	);
});

const isFingerprinted = (path) =>
	path.startsWith(`${BASE}_astro/`) ||
	/\/pagefind\/(?:index|fragment|filter)\//.test(path) ||
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

async function fromCache(request) {
	return (await caches.match(request)) ?? (await caches.match(request, { ignoreSearch: true }));
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

self.addEventListener('message', (event) => {
	if (event.data?.type !== 'status') return;
	event.waitUntil(
		caches.has(precacheName).then((ready) => {
			event.source?.postMessage({
				type: 'status',
				version: VERSION,
				ready,
				servedFrom: servedFrom.get(event.source.id) ?? 'network',
			});
		}),
	);
});

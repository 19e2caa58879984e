/*
 * The handbook's service worker: offline reading for staff on weak networks.
 *
 * - Install: save what the first visit may (the manifest, a JSON file named after this
 *   version written by src/integrations/offline.ts: the grid, cells, guides and search within
 *   the site's budget), and again every language whose cases were saved, so a deploy never
 *   loses them. When the page first asks, its language's case pages are saved too if they fit.
 * - "Save all cases" (a message from the page) downloads the rest for one language, reporting
 *   progress; "remove" deletes it. The page asks what is saved and says exactly that.
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
const savedName = (lang) => `mot-saved-${lang}-${VERSION}`;
const pagesName = 'mot-pages';
const assetsName = 'mot-assets';
/** Which languages' cases the reader chose to save (kept across deploys). */
const choiceName = 'mot-choice';
const choiceKey = `${BASE}__saved-languages`;
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

async function chosenLanguages() {
	const stored = await (await caches.open(choiceName)).match(choiceKey);
	return stored ? stored.json() : [];
}

async function choose(lang, saved) {
	const langs = (await chosenLanguages()).filter((l) => l !== lang);
	if (saved) langs.push(lang);
	await (await caches.open(choiceName)).put(choiceKey, Response.json(langs));
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
			for (const lang of await chosenLanguages())
				if (list.all[lang]) await saveAll(savedName(lang), list.all[lang].urls);
			await self.skipWaiting();
		})(),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) =>
				Promise.all(
					names
						.filter(
							(name) =>
								/^mot-(?:precache|saved)-/.test(name) &&
								name !== precacheName &&
								!name.endsWith(`-${VERSION}`),
						)
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

/** What is saved for a language, as the page says it: all cases, or the core (with or without search). */
async function status(lang) {
	const list = await manifest();
	let all = (await chosenLanguages()).includes(lang) && (await caches.has(savedName(lang)));
	const fits = list.fits.includes(lang);
	if (!all && fits && (await caches.has(precacheName))) {
		// Within the first visit's budget: save this language's cases now, once.
		await saveAll(savedName(lang), list.all[lang].urls);
		await choose(lang, true);
		all = true;
	}
	const group = list.all[lang] ?? { bytes: 0, cases: 0 };
	return {
		ready: await caches.has(precacheName),
		saved: all ? 'all' : list.search ? 'search' : 'grid',
		chosen: all && !fits,
		bytes: group.bytes,
		cases: group.cases,
	};
}

self.addEventListener('message', (event) => {
	const { type, lang } = event.data ?? {};
	const reply = (message) => event.source?.postMessage(message);
	const answerStatus = async () =>
		reply({
			type: 'status',
			version: VERSION,
			servedFrom: servedFrom.get(event.source.id) ?? 'network',
			...(await status(lang)),
		});
	if (type === 'status') event.waitUntil(answerStatus());
	if (type === 'save')
		event.waitUntil(
			(async () => {
				const list = await manifest();
				try {
					await saveAll(savedName(lang), list.all[lang]?.urls ?? [], (done, total) =>
						reply({ type: 'progress', done, total }),
					);
					await choose(lang, true);
				} catch {
					reply({ type: 'save-failed' });
				}
				await answerStatus();
			})(),
		);
	if (type === 'remove')
		event.waitUntil(
			(async () => {
				await choose(lang, false);
				await caches.delete(savedName(lang));
				await answerStatus();
			})(),
		);
});

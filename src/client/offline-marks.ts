/**
 * Offline, a search result says whether its page is saved on this device: the index may hold
 * cases whose pages were never saved, and a reader should not tap into the offline page.
 * The labels come from the footer's offline panel (src/components/OfflinePanel.astro).
 */
export function markOffline(item: HTMLElement, href: string): void {
	const panel = document.getElementById('offline-panel');
	if (!panel || !('caches' in window)) return;
	void caches.match(href, { ignoreSearch: true }).then((saved) => {
		const note = document.createElement('p');
		note.className = saved ? 'offline-mark saved' : 'offline-mark';
		note.textContent = panel.dataset[saved ? 'available' : 'unavailable'] ?? '';
		item.querySelector('h2')?.after(note);
	});
}

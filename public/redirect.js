// Keeps the #anchor of an old link on a redirect page (a meta refresh drops it): relative, so any
// host works. One file for every redirect page (src/lib/redirect-page.ts).
{
	const to = document.documentElement.dataset.redirect;
	if (to) location.replace(to + location.hash);
}

/**
 * An ad-hoc set's handout (`/sets/handout/?cases=a,b,c`): each case's student handout page
 * (`/cases/<id>/handout/`) in the link's order, or for the trainer each case page's article.
 */
import { adopt, fetchPage, pageContext } from './fetch-pages.ts';

export async function showAdhocHandout(): Promise<void> {
	const { urls, lang, ids } = pageContext();
	const root = document.querySelector<HTMLElement>('.adhoc-handout')!;
	const trainer = root.dataset.kind === 'trainer';
	const pages = await Promise.all(
		ids.map((id) =>
			fetchPage(trainer ? urls.caseUrl(id, lang) : `${urls.caseUrl(id, lang)}handout/`),
		),
	);
	const title = Object.assign(document.createElement('h1'), { textContent: root.dataset.title });
	root.append(title);
	let number = 0;
	pages.forEach((page) => {
		const article = page?.querySelector<HTMLElement>(
			trainer ? 'article.case' : 'article.handout-case',
		);
		if (!article) return;
		number += 1;
		const copy = adopt(article);
		copy.classList.add('handout-case', 'handbook-case');
		// One page holds several cases: ids get the case's number, and the references to them.
		const prefix = `c${number}-`;
		for (const el of copy.querySelectorAll<HTMLElement>('[id]')) el.id = prefix + el.id;
		for (const el of copy.querySelectorAll<HTMLElement>('[aria-labelledby]'))
			el.setAttribute('aria-labelledby', prefix + el.getAttribute('aria-labelledby'));
		for (const a of copy.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))
			a.setAttribute('href', `#${prefix}${a.getAttribute('href')!.slice(1)}`);
		// Titles step down a level under the page's own h1.
		for (const heading of copy.querySelectorAll('h1, h2, h3')) {
			const next = document.createElement(`h${Math.min(4, Number(heading.tagName[1]) + 1)}`);
			next.append(...heading.childNodes);
			next.className = heading.className;
			next.id = heading.id;
			heading.replaceWith(next);
		}
		for (const el of copy.querySelectorAll('nav.toc, .case-aside')) el.remove();
		const first = copy.querySelector('h2');
		if (first) first.prepend(`${number}. `);
		root.append(copy);
	});
	if (!number)
		root.append(Object.assign(document.createElement('p'), { textContent: root.dataset.failed }));
}

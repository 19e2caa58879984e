/**
 * The slide show: one slide at a time; arrow keys, space, PageUp/PageDown (what slide clickers
 * send) and swipes move; `f` toggles full screen; `Esc` returns to the case; the hash holds the
 * slide number (`#5`) or a name (`#questions`); `?class` puts the questions before the analysis.
 */
import { classOrder, type SlideGroup } from '../lib/class-order.ts';

export function startPresentation() {
	const deck = document.querySelector<HTMLElement>('.deck')!;
	const counter = document.querySelector<HTMLElement>('.counter')!;
	let slides = [...deck.querySelectorAll<HTMLElement>('.slide')];
	if (new URLSearchParams(location.search).has('class')) {
		slides = classOrder(slides.map((el) => ({ el, group: el.dataset.group as SlideGroup }))).map(
			(s) => s.el,
		);
		deck.append(...slides);
	}
	let index = 0;

	const fromHash = () => {
		const hash = decodeURIComponent(location.hash.slice(1));
		if (/^\d+$/.test(hash)) return Math.min(slides.length - 1, Math.max(0, Number(hash) - 1));
		const named = slides.findIndex((s) => s.dataset.name === hash);
		return named >= 0 ? named : 0;
	};
	const show = (next: number) => {
		index = Math.min(slides.length - 1, Math.max(0, next));
		slides.forEach((slide, i) => {
			slide.classList.toggle('is-current', i === index);
			slide.setAttribute('aria-hidden', String(i !== index));
		});
		counter.textContent = `${index + 1} / ${slides.length}`;
		history.replaceState(null, '', `${location.pathname}${location.search}#${index + 1}`);
	};
	const toggleFullscreen = () =>
		(document.fullscreenElement
			? document.exitFullscreen()
			: document.documentElement.requestFullscreen()
		).catch(() => {});

	deck.classList.add('is-show');
	show(fromHash());

	document.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		const forward =
			['ArrowRight', 'ArrowDown', 'PageDown', 'Enter'].includes(event.key) ||
			(event.key === ' ' && !event.shiftKey);
		const back =
			['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(event.key) ||
			(event.key === ' ' && event.shiftKey);
		if (forward || back) {
			if ((event.target as HTMLElement).closest('button, a') && event.key === 'Enter') return;
			event.preventDefault();
			show(index + (forward ? 1 : -1));
		} else if (event.key === 'Home') show(0);
		else if (event.key === 'End') show(slides.length - 1);
		else if (event.key === 'f' || event.key === 'F') void toggleFullscreen();
		else if (event.key === 'Escape' && !document.fullscreenElement)
			location.href = document.documentElement.dataset.case ?? '../';
	});
	document.querySelector('[data-action="next"]')!.addEventListener('click', () => show(index + 1));
	document.querySelector('[data-action="prev"]')!.addEventListener('click', () => show(index - 1));
	document
		.querySelector('[data-action="fullscreen"]')!
		.addEventListener('click', () => void toggleFullscreen());
	window.addEventListener('hashchange', () => show(fromHash()));

	let startX = 0;
	let startY = 0;
	deck.addEventListener('pointerdown', (event) => {
		startX = event.clientX;
		startY = event.clientY;
	});
	deck.addEventListener('pointerup', (event) => {
		const dx = event.clientX - startX;
		if (Math.abs(dx) > 50 && Math.abs(dx) > Math.abs(event.clientY - startY))
			show(index + (dx < 0 ? 1 : -1));
	});
}

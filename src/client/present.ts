/**
 * The slide show: one slide at a time; arrow keys, space, PageUp/PageDown (what slide clickers
 * send) and swipes move; `f` toggles full screen; `b` blanks the screen; `p` opens the presenter
 * window (its code loads then); `Esc` returns to the case; the hash holds the slide number (`#5`)
 * or a name (`#questions`); `?class` puts the questions before the analysis. Windows showing the
 * same deck follow each other (BroadcastChannel): the presenter window drives the room's screen.
 */
import { classOrder, type SlideGroup } from '../lib/class-order.ts';

export interface Presentation {
	slides: HTMLElement[];
	show(index: number): void;
	/** Called after every move with the current index. */
	onShow?: (index: number) => void;
}

export function startPresentation(): Presentation {
	const deck = document.querySelector<HTMLElement>('.deck')!;
	const counter = document.querySelector<HTMLElement>('.counter')!;
	const params = new URLSearchParams(location.search);
	const presenterMode = params.has('presenter');
	let slides = [...deck.querySelectorAll<HTMLElement>('.slide')];
	// A set's deck comes in class order already, case by case; sorting it would mix the cases.
	if (params.has('class') && !deck.hasAttribute('data-ordered')) {
		slides = classOrder(slides.map((el) => ({ el, group: el.dataset.group as SlideGroup }))).map(
			(s) => s.el,
		);
		deck.append(...slides);
	}
	let index = 0;
	const channel =
		'BroadcastChannel' in window ? new BroadcastChannel(`mot-present:${location.pathname}`) : null;
	const blank = document.querySelector<HTMLElement>('.blank-screen');

	const fromHash = () => {
		const hash = decodeURIComponent(location.hash.slice(1));
		if (/^\d+$/.test(hash)) return Math.min(slides.length - 1, Math.max(0, Number(hash) - 1));
		const named = slides.findIndex((s) => s.dataset.name === hash);
		return named >= 0 ? named : 0;
	};
	const api: Presentation = { slides, show: (next) => show(next) };
	const show = (next: number, echo = true) => {
		index = Math.min(slides.length - 1, Math.max(0, next));
		slides.forEach((slide, i) => {
			slide.classList.toggle('is-current', i === index);
			slide.setAttribute('aria-hidden', String(i !== index));
		});
		counter.textContent = `${index + 1} / ${slides.length}`;
		history.replaceState(null, '', `${location.pathname}${location.search}#${index + 1}`);
		if (echo) channel?.postMessage({ index });
		api.onShow?.(index);
	};
	const setBlank = (on: boolean, echo = true) => {
		if (blank && !presenterMode) blank.hidden = !on;
		document.documentElement.toggleAttribute('data-blank', on);
		if (echo) channel?.postMessage({ blank: on });
	};
	if (channel)
		channel.onmessage = ({ data }) => {
			if (typeof data.index === 'number' && data.index !== index) show(data.index, false);
			if (typeof data.blank === 'boolean') setBlank(data.blank, false);
		};
	const toggleFullscreen = () =>
		(document.fullscreenElement
			? document.exitFullscreen()
			: document.documentElement.requestFullscreen()
		).catch(() => {});
	const openPresenter = () => {
		const url = new URL(location.href);
		url.searchParams.set('presenter', '');
		window.open(url.href.replace('presenter=', 'presenter'), 'mot-presenter', 'popup');
	};

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
		const key = event.key.toLowerCase();
		if (forward || back) {
			if ((event.target as HTMLElement).closest('button, a') && event.key === 'Enter') return;
			event.preventDefault();
			show(index + (forward ? 1 : -1));
		} else if (event.key === 'Home') show(0);
		else if (event.key === 'End') show(slides.length - 1);
		else if (key === 'f') void toggleFullscreen();
		else if (key === 'b' || event.key === '.')
			setBlank(!document.documentElement.hasAttribute('data-blank'));
		else if (key === 'p' && !presenterMode) openPresenter();
		else if (event.key === 'Escape' && !document.fullscreenElement)
			location.href = document.documentElement.dataset.case ?? '../';
	});
	const onClick = (action: string, run: () => void) =>
		document.querySelector(`[data-action="${action}"]`)?.addEventListener('click', run);
	onClick('next', () => show(index + 1));
	onClick('prev', () => show(index - 1));
	onClick('fullscreen', () => void toggleFullscreen());
	onClick('presenter', openPresenter);
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
	if (presenterMode)
		void import('./presenter.ts').then(({ startPresenter }) => startPresenter(api, index));
	return api;
}

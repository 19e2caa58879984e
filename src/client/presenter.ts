/**
 * The presenter window (`?presenter`, opened with `p`): the current and the next slide, the
 * teaching notes of the current case (trainer edition), and the time since the window opened
 * against the case's place in the set's plan. Its moves drive the room's window.
 */
import type { Presentation } from './present.ts';

const clock = (seconds: number) =>
	`${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

export function startPresenter(presentation: Presentation, start: number): void {
	const panel = document.querySelector<HTMLElement>('.presenter');
	if (!panel) return;
	const [now, next] = [
		...panel.querySelectorAll<HTMLElement>('.presenter-now > div, .presenter-next > div'),
	];
	const notes = panel.querySelector<HTMLElement>('.presenter-notes')!;
	const time = panel.querySelector<HTMLElement>('.presenter-clock')!;
	document.documentElement.dataset.presenter = '';
	document.title = `${panel.querySelector('h2')?.textContent} · ${document.title}`;
	panel.hidden = false;
	const opened = Date.now();
	const { slides } = presentation;
	let plan = '';

	const copy = (slide: HTMLElement | undefined) => {
		const clone = slide?.cloneNode(true) as HTMLElement | undefined;
		clone?.removeAttribute('id');
		clone?.classList.remove('is-current');
		clone?.removeAttribute('aria-hidden');
		return clone ? [clone] : [];
	};
	const tick = () => {
		const elapsed = (Date.now() - opened) / 1000;
		time.textContent = `${panel.dataset.elapsed} ${clock(elapsed)}${plan ? ` · ${panel.dataset.plan} ${plan}` : ''}`;
	};
	presentation.onShow = (index) => {
		now!.replaceChildren(...copy(slides[index]));
		next!.replaceChildren(...copy(slides[index + 1]));
		// The case this slide belongs to: its own mark, or the nearest divider before it.
		const caseId = slides[index]?.dataset.case;
		const divider = slides
			.slice(0, index + 1)
			.reverse()
			.find((s) => s.classList.contains('divider-slide'));
		plan = divider
			? `${clock(Number(divider.dataset.start) * 60)}–${clock(Number(divider.dataset.end) * 60)}`
			: '';
		const note = document.querySelector(
			caseId ? `.teaching-notes[data-notes-for="${CSS.escape(caseId)}"]` : '.teaching-notes',
		);
		if (note) notes.replaceChildren(...[...note.childNodes].map((n) => n.cloneNode(true)));
		else notes.textContent = panel.dataset.noNotes ?? '';
		tick();
	};
	presentation.onShow(start);
	setInterval(tick, 1000);
}

/**
 * "Save all cases" and "remove": loaded only when the reader presses one of them. The service
 * worker does the downloading; this shows its progress and asks it what is saved afterwards
 * (enhance.ts turns that answer into the panel's text).
 */
export function saveOffline(
	worker: ServiceWorkerContainer,
	panel: HTMLElement,
	type: string,
	lang: string,
): void {
	const progress = panel.querySelector('progress')!;
	const status = panel.querySelector('p')!;
	const buttons = panel.querySelectorAll('button');
	let failed = false;
	const listen = ({ data }: MessageEvent) => {
		if (data.type === 'progress') {
			progress.max = data.total;
			progress.value = data.done;
		}
		if (data.type === 'save-failed') failed = true;
		// enhance.ts has just written what is saved; a failure is said after it.
		if (data.type === 'status') {
			if (failed) status.textContent += ` ${panel.dataset.failed}`;
			progress.hidden = true;
			for (const button of buttons) button.disabled = false;
			worker.removeEventListener('message', listen);
		}
	};
	worker.addEventListener('message', listen);
	for (const button of buttons) button.disabled = true;
	if (type === 'save') {
		progress.removeAttribute('value');
		progress.hidden = false;
	}
	worker.controller?.postMessage({ type, lang });
}

/**
 * The form's date and time controls (Field.astro `datetime` / `date`): the browser's own pickers,
 * whose values are already the case format (`YYYY-MM-DDTHH:mm`, `YYYY-MM-DD`). A time field's
 * "date only" box switches its control between `datetime-local` and `date`. A value neither
 * picker can hold (`2006-04`, a month alone, or an old draft's text) is shown as text, unchanged,
 * so opening and saving a case never rewrites it.
 */
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const boxFor = (input: HTMLInputElement) =>
	document.querySelector<HTMLInputElement>(`[data-date-only-for="${input.id}"]`);

/** Puts a stored value into a date or time control, choosing the control's type from it. */
export function writeWhen(input: HTMLInputElement, value: string): void {
	const box = boxFor(input);
	const type =
		value === ''
			? input.dataset.when === 'date'
				? 'date'
				: 'datetime-local'
			: dateOnly.test(value)
				? 'date'
				: dateTime.test(value) && input.dataset.when === 'datetime'
					? 'datetime-local'
					: 'text';
	input.type = type;
	input.value = value;
	if (box) {
		box.checked = type === 'date';
		box.disabled = type === 'text';
	}
}

/** The "date only" boxes: ticked, the time is set aside (and given back when unticked). */
export function startDateFields(form: HTMLFormElement): void {
	form.addEventListener('change', (event) => {
		const box = event.target as HTMLInputElement;
		if (!box.matches('[data-date-only-for]')) return;
		const input = document.getElementById(box.dataset.dateOnlyFor!) as HTMLInputElement;
		const [date = '', time = ''] = input.value.split('T');
		if (box.checked) {
			if (time) input.dataset.time = time;
			input.type = 'date';
			input.value = date;
		} else {
			input.type = 'datetime-local';
			// A time set aside comes back; otherwise midnight, for the author to change.
			input.value = date ? `${date}T${input.dataset.time ?? '00:00'}` : '';
		}
		input.dispatchEvent(new Event('input', { bubbles: true }));
	});
}

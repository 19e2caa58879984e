/** Display helpers for case fields. */

/** `2006-04-22T13:10` → `2006-04-22 13:10`; an end on the same day shows only its time. */
export function formatTimeRange(start: string, end?: string): string {
	const show = (t: string) => t.replace('T', ' ');
	if (!end) return show(start);
	const sameDay = start.length > 10 && end.length > 10 && start.slice(0, 10) === end.slice(0, 10);
	return `${show(start)} – ${sameDay ? end.slice(11) : show(end)}`;
}

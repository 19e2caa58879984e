/**
 * A class's time plan and the ad-hoc set's link and YAML: plain functions the set pages use at
 * build time and the ad-hoc set's script uses in the browser, so both show the same agenda.
 */

/** Minutes given to a case in an ad-hoc set until the trainer writes its own plan. */
export const defaultCaseMinutes = 20;

export interface Timed {
	minutes: number;
}

/** Each item with its start and end, in minutes from the start of the class. */
export function timePlan<T extends Timed>(
	items: readonly T[],
): (T & { start: number; end: number })[] {
	let start = 0;
	return items.map((item) => {
		const timed = { ...item, start, end: start + item.minutes };
		start = timed.end;
		return timed;
	});
}

/** `0:05`, `1:20`: a time in the class, as the agenda and the presenter's clock show it. */
export const clock = (minutes: number): string =>
	`${Math.floor(minutes / 60)}:${String(Math.floor(minutes % 60)).padStart(2, '0')}`;

const idPattern = /^[a-z0-9-]{3,64}$/;

/** `?cases=a,b,c` → `['a', 'b', 'c']`: valid ids only, in order, each once, at most 30. */
export function casesParam(search: string): string[] {
	const raw = new URLSearchParams(search).get('cases') ?? '';
	const ids = raw
		.split(',')
		.map((id) => id.trim())
		.filter((id) => idPattern.test(id));
	return [...new Set(ids)].slice(0, 30);
}

/** The readable query of an ad-hoc set: commas stay commas. */
export const casesQuery = (ids: readonly string[]): string => `?cases=${ids.join(',')}`;

/** YAML quoting for one line of text (titles may hold `:` or quotes). */
const quote = (text: string) => JSON.stringify(text);

/** The file to keep an ad-hoc set as `content/sets/<id>.yaml`, every field to fill marked. */
export function setYaml(
	cases: readonly { id: string; title: string; minutes: number }[],
	placeholder: string,
): string {
	const total = cases.reduce((sum, c) => sum + c.minutes, 0);
	return [
		'id: my-class',
		`title: ${quote(placeholder)}`,
		`audience: ${quote(placeholder)}`,
		`duration: ${total}`,
		'objectives:',
		`  - ${quote(placeholder)}`,
		'cases:',
		...cases.flatMap((c) => [
			`  # ${c.title.replace(/[\r\n]+/g, ' ')}`,
			`  - id: ${c.id}`,
			`    minutes: ${c.minutes}`,
		]),
		'',
	].join('\n');
}

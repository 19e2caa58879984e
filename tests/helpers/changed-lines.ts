/** The lines that differ between two texts, as `-old` / `+new` (one changed block: head and tail match). */
export function changedLines(before: string, after: string): string[] {
	const a = before.split('\n');
	const b = after.split('\n');
	let head = 0;
	while (head < a.length && a[head] === b[head]) head++;
	let tail = 0;
	while (
		tail < a.length - head &&
		tail < b.length - head &&
		a[a.length - 1 - tail] === b[b.length - 1 - tail]
	)
		tail++;
	return [
		...a.slice(head, a.length - tail).map((line) => `-${line}`),
		...b.slice(head, b.length - tail).map((line) => `+${line}`),
	];
}

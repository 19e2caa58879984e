/** Did-you-mean: the closest candidate by edit distance, if it is close enough to be a typo. */

const codePoints = (text: string): number[] => Array.from(text, (char) => char.codePointAt(0)!);

/** Two DP rows, reused across calls (grown when a longer word comes). */
let rows = [new Int32Array(64), new Int32Array(64)];

/**
 * Levenshtein distance over code points. With `limit`, stops as soon as every path is past
 * it and returns `limit + 1`: callers that only accept close words then pay for one band of
 * rows, not the whole table (a file may have 100,000 unknown keys to compare).
 */
function distance(x: readonly number[], y: readonly number[], limit: number): number {
	if (Math.abs(x.length - y.length) > limit) return limit + 1;
	if (rows[0]!.length <= y.length)
		rows = [new Int32Array(y.length + 1), new Int32Array(y.length + 1)];
	let [previous, current] = rows as [Int32Array, Int32Array];
	for (let j = 0; j <= y.length; j++) previous[j] = j;
	for (let i = 1; i <= x.length; i++) {
		current[0] = i;
		let rowMin = i;
		for (let j = 1; j <= y.length; j++) {
			const value = Math.min(
				previous[j]! + 1,
				current[j - 1]! + 1,
				previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
			);
			current[j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > limit) return limit + 1;
		[previous, current] = [current, previous];
	}
	return previous[y.length]!;
}

export function editDistance(a: string, b: string, limit = Infinity): number {
	return distance(codePoints(a), codePoints(b), limit);
}

/** Candidates lower-cased and split into code points once per list, not once per word. */
const preparedLists = new WeakMap<
	readonly string[],
	{ candidate: string; lower: string; points: number[] }[]
>();
function prepared(candidates: readonly string[]) {
	let list = preparedLists.get(candidates);
	if (!list) {
		list = candidates.map((candidate) => ({
			candidate,
			lower: candidate.toLowerCase(),
			points: codePoints(candidate.toLowerCase()),
		}));
		preparedLists.set(candidates, list);
	}
	return list;
}

/** The best candidate within a third of the word's length (at least 1, at most 3 edits). */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
	if (!word) return undefined;
	const lower = word.toLowerCase();
	const list = prepared(candidates);
	const exactCase = list.find((c) => c.lower === lower);
	if (exactCase) return exactCase.candidate;
	const limit = Math.min(3, Math.max(1, Math.floor([...word].length / 3)));
	const points = codePoints(lower);
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const { candidate, points: other } of list) {
		// Only a distance within the limit can be the answer, so the comparison stops past it.
		const found = distance(points, other, limit);
		if (found < bestDistance) {
			best = candidate;
			bestDistance = found;
		}
	}
	if (best && bestDistance <= limit) return best;
	// A prefix typed in full (`follow` for `follow-up`) is a likely intent too.
	return lower.length >= 3 ? list.find((c) => c.lower.startsWith(lower))?.candidate : undefined;
}

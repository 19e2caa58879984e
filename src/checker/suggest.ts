/** Did-you-mean: the closest candidate by edit distance, if it is close enough to be a typo. */

export function editDistance(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
	for (let i = 1; i <= x.length; i++) {
		const current = [i];
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[y.length]!;
}

/** The best candidate within a third of the word's length (at least 1, at most 3 edits). */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
	if (!word) return undefined;
	const lower = word.toLowerCase();
	const exactCase = candidates.find((c) => c.toLowerCase() === lower);
	if (exactCase) return exactCase;
	const limit = Math.min(3, Math.max(1, Math.floor([...word].length / 3)));
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = editDistance(lower, candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	if (best && bestDistance <= limit) return best;
	// A prefix typed in full (`follow` for `follow-up`) is a likely intent too.
	return candidates.find((c) => c.toLowerCase().startsWith(lower) && lower.length >= 3);
}

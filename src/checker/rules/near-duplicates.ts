/**
 * Near-duplicate narratives: a case whose account is at least 80% the same as another's is
 * probably the same story written twice. Similarity is the Jaccard index of the two texts'
 * sets of 4-character shingles (punctuation and spaces ignored). Candidate pairs come from
 * MinHash with banded locality-sensitive hashing, so ten thousand cases are not compared
 * pairwise; every candidate is then measured exactly.
 */

export const nearDuplicateThreshold = 0.8;
const shingleSize = 4;
const bands = 8;
const rows = 4;
const hashes = bands * rows;

const ignored = /[\s\p{P}\p{S}]/u;

/** The 4-character shingles of a text (punctuation and spaces ignored), as 32-bit hashes. */
export function shingles(text: string): Set<number> {
	const codes: number[] = [];
	for (const char of text) if (!ignored.test(char)) codes.push(char.codePointAt(0)!);
	const out = new Set<number>();
	for (let i = 0; i + shingleSize <= codes.length; i++) {
		let h = 0x811c9dc5;
		for (let j = i; j < i + shingleSize; j++) {
			h = Math.imul(h ^ (codes[j]! & 0xffff), 0x01000193);
			h = Math.imul(h ^ (codes[j]! >>> 16), 0x01000193);
		}
		out.add(h >>> 0);
	}
	return out;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
	if (!a.size && !b.size) return 0;
	const [small, large] = a.size < b.size ? [a, b] : [b, a];
	let shared = 0;
	for (const x of small) if (large.has(x)) shared++;
	return shared / (a.size + b.size - shared);
}

// Fixed, odd multipliers and offsets make the hash family deterministic across runs.
const seeds = Array.from({ length: hashes }, (_, i) => [Math.imul(i + 1, 0x9e3779b1) | 1, Math.imul(i + 7, 0x85ebca6b)] as const);

function minhash(set: ReadonlySet<number>): Uint32Array {
	const signature = new Uint32Array(hashes).fill(0xffffffff);
	for (const x of set) {
		for (let i = 0; i < hashes; i++) {
			const [a, b] = seeds[i]!;
			const h = (Math.imul(x, a) + b) >>> 0;
			if (h < signature[i]!) signature[i] = h;
		}
	}
	return signature;
}

export interface NearDuplicate {
	a: number;
	b: number;
	similarity: number;
}

/** Pairs of texts (by index) at least `threshold` similar. Texts shorter than 40 shingles are skipped. */
export function findNearDuplicates(texts: readonly string[], threshold = nearDuplicateThreshold): NearDuplicate[] {
	const sets = texts.map(shingles);
	const buckets = new Map<string, number[]>();
	const found: NearDuplicate[] = [];
	// Texts with the same signature pair with the first of them only, so a thousand copies of
	// one story cost a thousand comparisons, not half a million.
	const representatives = new Map<string, number>();
	sets.forEach((set, index) => {
		if (set.size < 40) return;
		const signature = minhash(set);
		const whole = signature.join(',');
		const first = representatives.get(whole);
		if (first !== undefined) {
			const similarity = jaccard(sets[first]!, set);
			if (similarity >= threshold) found.push({ a: first, b: index, similarity });
			return;
		}
		representatives.set(whole, index);
		for (let band = 0; band < bands; band++) {
			const key = `${band}:${Array.from(signature.subarray(band * rows, band * rows + rows)).join(',')}`;
			const list = buckets.get(key);
			if (list) list.push(index);
			else buckets.set(key, [index]);
		}
	});
	const seen = new Set<number>();
	for (const list of buckets.values()) {
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const a = list[i]!;
				const b = list[j]!;
				const key = a * texts.length + b;
				if (seen.has(key)) continue;
				seen.add(key);
				// Jaccard can be no more than the smaller set's share of the larger.
				const sizeA = sets[a]!.size;
				const sizeB = sets[b]!.size;
				if (Math.min(sizeA, sizeB) < threshold * Math.max(sizeA, sizeB)) continue;
				const similarity = jaccard(sets[a]!, sets[b]!);
				if (similarity >= threshold) found.push({ a, b, similarity });
			}
		}
	}
	return found.sort((x, y) => x.a - y.a || x.b - y.b);
}

/**
 * Near-duplicate narratives: a case whose account is at least 80% the same as another's is
 * probably the same story written twice. Similarity is the Jaccard index of the two texts'
 * sets of 4-character shingles (punctuation and spaces ignored). Candidate pairs come from
 * MinHash with banded locality-sensitive hashing, so ten thousand cases are not compared
 * pairwise; every candidate is then measured exactly.
 *
 * For speed at ten thousand cases: shingle sets are sorted typed arrays (a tenth of the memory
 * of a `Set`, so little garbage collection, and Jaccard is a merge), and the signature is a
 * one-permutation MinHash (one hash per shingle, its top bits choosing the slot) instead of
 * 32 hashes per shingle.
 */

export const nearDuplicateThreshold = 0.8;
const shingleSize = 4;
const bands = 8;
const rows = 4;
const slots = bands * rows;
const slotBits = Math.log2(slots);

const ignored = /[\s\p{P}\p{S}]/u;
/** Per BMP code unit: 0 not yet classified, 1 ignored, 2 kept. A regex test per character was a third of the cost. */
const bmpClass = new Uint8Array(0x10000);
function isIgnored(char: string, code: number): boolean {
	if (code > 0xffff) return ignored.test(char);
	let kind = bmpClass[code]!;
	if (kind === 0) bmpClass[code] = kind = ignored.test(char) ? 1 : 2;
	return kind === 1;
}

/** The distinct 4-character shingles of a text (punctuation and spaces ignored), as sorted 32-bit hashes. */
export function shingles(text: string): Uint32Array {
	const codes: number[] = [];
	for (const char of text) {
		const code = char.codePointAt(0)!;
		if (!isIgnored(char, code)) codes.push(code);
	}
	const count = Math.max(0, codes.length - shingleSize + 1);
	const out = new Uint32Array(count);
	for (let i = 0; i < count; i++) {
		let h = 0x811c9dc5;
		for (let j = i; j < i + shingleSize; j++) {
			h = Math.imul(h ^ (codes[j]! & 0xffff), 0x01000193);
			h = Math.imul(h ^ (codes[j]! >>> 16), 0x01000193);
		}
		out[i] = h >>> 0;
	}
	out.sort();
	let distinct = 0;
	for (let i = 0; i < count; i++) if (i === 0 || out[i] !== out[i - 1]) out[distinct++] = out[i]!;
	return out.subarray(0, distinct);
}

/** Jaccard index of two sorted shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
	if (!a.length && !b.length) return 0;
	let shared = 0;
	for (let i = 0, j = 0; i < a.length && j < b.length;) {
		if (a[i] === b[j]) {
			shared++;
			i++;
			j++;
		} else if (a[i]! < b[j]!) i++;
		else j++;
	}
	return shared / (a.length + b.length - shared);
}

/** One-permutation MinHash: each shingle is mixed once; its top bits pick a slot, the rest compete for that slot's minimum. */
function minhash(set: Uint32Array): Uint32Array {
	const signature = new Uint32Array(slots).fill(0xffffffff);
	for (let i = 0; i < set.length; i++) {
		let h = set[i]!;
		h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
		h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
		h = (h ^ (h >>> 16)) >>> 0;
		const slot = h >>> (32 - slotBits);
		const value = h & (0xffffffff >>> slotBits);
		if (value < signature[slot]!) signature[slot] = value;
	}
	return signature;
}

/** A 32-bit hash of `values[from…to)`, standing in for the joined string as a map key; a collision only adds a candidate, which is then measured exactly. */
function hashRange(values: Uint32Array, from: number, to: number, seed: number): number {
	let h = seed >>> 0;
	for (let i = from; i < to; i++) h = Math.imul(h ^ values[i]!, 0x01000193) ^ (h >>> 15);
	return h >>> 0;
}

export interface NearDuplicate {
	a: number;
	b: number;
	similarity: number;
}

/** What the candidate search needs of a text, small enough to keep between runs (src/checker/check-cache-fs.ts). */
export interface NearSignature {
	/** How many distinct shingles the text has. */
	size: number;
	minhash: Uint32Array;
}

/** A shingle set's signature; null under 40 shingles (too short to compare). */
const signatureOf = (set: Uint32Array): NearSignature | null =>
	set.length < 40 ? null : { size: set.length, minhash: minhash(set) };

/** A text's signature; null when it is too short to compare. */
export const nearSignature = (text: string) => signatureOf(shingles(text));

/** Pairs of texts (by index) at least `threshold` similar. Texts shorter than 40 shingles are skipped. */
export function findNearDuplicates(
	texts: readonly string[],
	threshold = nearDuplicateThreshold,
): NearDuplicate[] {
	const sets = texts.map(shingles);
	return nearDuplicatesOf(sets.map(signatureOf), (index) => sets[index]!, threshold);
}

/**
 * The same search from signatures: `setOf` gives a text's shingles, asked only for the
 * candidates measured exactly, so a run with signatures kept from the last one shingles few texts.
 */
export function nearDuplicatesOf(
	signatures: readonly (NearSignature | null)[],
	setOf: (index: number) => Uint32Array,
	threshold = nearDuplicateThreshold,
): NearDuplicate[] {
	const buckets = new Map<number, number[]>();
	const found: NearDuplicate[] = [];
	// Texts with the same signature pair with the first of them only, so a thousand copies of
	// one story cost a thousand comparisons, not half a million.
	const representatives = new Map<number, number>();
	signatures.forEach((entry, index) => {
		if (!entry) return;
		const signature = entry.minhash;
		const whole =
			hashRange(signature, 0, slots, 0x811c9dc5) * 0x200000 +
			(hashRange(signature, 0, slots, 0x2545f491) & 0x1fffff);
		const first = representatives.get(whole);
		if (first !== undefined) {
			const similarity = jaccard(setOf(first), setOf(index));
			if (similarity >= threshold) found.push({ a: first, b: index, similarity });
			return;
		}
		representatives.set(whole, index);
		for (let band = 0; band < bands; band++) {
			const key =
				hashRange(signature, band * rows, band * rows + rows, 0x811c9dc5 + band) * 8 + band;
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
				const key = a * signatures.length + b;
				if (seen.has(key)) continue;
				seen.add(key);
				// Jaccard can be no more than the smaller set's share of the larger.
				const sizeA = signatures[a]!.size;
				const sizeB = signatures[b]!.size;
				if (Math.min(sizeA, sizeB) < threshold * Math.max(sizeA, sizeB)) continue;
				const similarity = jaccard(setOf(a), setOf(b));
				if (similarity >= threshold) found.push({ a, b, similarity });
			}
		}
	}
	return found.sort((x, y) => x.a - y.a || x.b - y.b);
}

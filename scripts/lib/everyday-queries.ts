/**
 * Everyday-word queries for the search benchmark: what staff type instead of the cases' own
 * words, each with the cases a reader means by it. Built from a corpus and the synonym list:
 *   synonym   a word of a group (打折): every case holding any word of its group (折扣, 优惠 …)
 *   english   an English word of a group (bill): the same, from the group's Chinese words
 *   variant   a corpus phrase with a variant character put in (帐单): the cases holding the phrase
 *   grid-label a point's label (态度恶劣): the cases filed under a point with that label
 *   grid-code a point's code (S2.3): the cases filed under it
 *   tag       a tag (投诉处理): the cases carrying it
 * Any case whose text holds the query as written counts as expected too.
 */
import { gridCells } from '../../schemas/grid.ts';
import { variantCharacters } from '../../src/search/variants.ts';
import { foldText } from '../../src/search/normalize.ts';
import type { random } from './generate-cases.ts';

export type EverydayKind = 'synonym' | 'english' | 'variant' | 'grid-label' | 'grid-code' | 'tag';

export interface EverydayQuery {
	kind: EverydayKind;
	query: string;
	expected: Set<string>;
}

export interface EverydayCase {
	id: string;
	grid: readonly string[];
	tags: readonly string[];
	/** The case's searchable text, folded (`foldText`). */
	text: string;
}

const han = /\p{Script=Han}/u;

/** Up to `perKind` queries of each kind (fewer when the corpus has fewer), in a seeded order. */
export function everydayQueries(
	cases: readonly EverydayCase[],
	groups: readonly (readonly string[])[],
	r: ReturnType<typeof random>,
	perKind = 40,
): EverydayQuery[] {
	const holding = (needle: string) =>
		cases.filter((c) => c.text.includes(foldText(needle))).map((c) => c.id);
	const out: EverydayQuery[] = [];
	const add = (kind: EverydayKind, query: string, ids: Iterable<string>) => {
		const expected = new Set([...ids, ...holding(query)]);
		if (expected.size && !out.some((q) => q.query === query)) out.push({ kind, query, expected });
	};
	const shuffled = <T>(list: readonly T[]) =>
		list
			.map((item) => ({ item, key: r.next() }))
			.sort((a, b) => a.key - b.key)
			.map(({ item }) => item);

	// Synonyms and English words: the cases that hold some word of the group.
	for (const kind of ['synonym', 'english'] as const) {
		const candidates = groups.flatMap((group) => {
			const ids = new Set(group.filter((w) => han.test(w)).flatMap(holding));
			if (!ids.size) return [];
			return group
				.filter((word) => (kind === 'english' ? /^[a-z]+$/i.test(word) : han.test(word)))
				.map((word) => ({ word, ids }));
		});
		for (const { word, ids } of shuffled(candidates).slice(0, perKind)) add(kind, word, ids);
	}

	// Variants: a 2–4 character phrase of the corpus holding a character a variant folds to.
	const standard = new Map(Object.entries(variantCharacters).map(([v, s]) => [s, v]));
	const phrases = new Set<string>();
	for (const c of shuffled(cases).slice(0, 400))
		for (const run of c.text.match(/\p{Script=Han}{2,}/gu) ?? []) {
			const chars = [...run];
			chars.forEach((char, i) => {
				if (!standard.has(char)) return;
				const start = Math.max(0, i - r.int(0, 2));
				phrases.add(chars.slice(start, start + r.int(2, 4)).join(''));
			});
		}
	for (const phrase of shuffled([...phrases].filter((p) => [...p].length >= 2)).slice(0, perKind))
		add('variant', [...phrase].map((char) => standard.get(char) ?? char).join(''), holding(phrase));

	// Grid points: by label (the same label can name points of several cells) and by code.
	const points = gridCells.flatMap((cell) => cell.points);
	const filed = (codes: Set<string>) =>
		cases.filter((c) => c.grid.some((code) => codes.has(code))).map((c) => c.id);
	const labels = [...new Set(points.map((p) => p.label.zh))];
	for (const label of shuffled(labels).slice(0, perKind))
		add(
			'grid-label',
			label,
			filed(new Set(points.filter((p) => p.label.zh === label).map((p) => p.code))),
		);
	for (const point of shuffled(points).slice(0, perKind))
		add('grid-code', point.code, filed(new Set([point.code])));

	// Tags.
	const tags = [...new Set(cases.flatMap((c) => c.tags))];
	for (const tag of shuffled(tags).slice(0, perKind))
		add(
			'tag',
			tag,
			cases.filter((c) => c.tags.includes(tag)).map((c) => c.id),
		);
	return out;
}

/**
 * A tag's place in URLs (`/tags/<slug>/`). A tag of letters and digits only (投诉处理, VIP)
 * is its own slug; any other (with spaces, slashes, dots …) is cleaned and given a short hash
 * of the tag, so every tag has one safe path segment and no two tags share one.
 */

/** FNV-1a, 32 bits, base 36: short and stable, not for security. */
function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (const char of text) {
		hash ^= char.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}

export function tagSlug(tag: string): string {
	if (/^[\p{L}\p{N}]+$/u.test(tag)) return tag;
	const cleaned = tag
		.normalize('NFKC')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	return `${cleaned ? `${cleaned}-` : ''}${shortHash(tag)}`;
}

/** Every tag the cases use, with the cases that carry it, most used first (then by name). */
export function tagIndex<C extends { data: { tags?: readonly string[] } }>(
	cases: readonly C[],
	locale: string,
): { tag: string; slug: string; cases: C[] }[] {
	const byTag = new Map<string, C[]>();
	for (const entry of cases)
		for (const tag of entry.data.tags ?? []) byTag.set(tag, [...(byTag.get(tag) ?? []), entry]);
	return [...byTag]
		.map(([tag, list]) => ({ tag, slug: tagSlug(tag), cases: list }))
		.sort((a, b) => b.cases.length - a.cases.length || a.tag.localeCompare(b.tag, locale));
}

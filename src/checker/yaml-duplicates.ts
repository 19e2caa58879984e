/**
 * Keys written twice in one map, found with one set per map: the `yaml` package's own
 * `uniqueKeys` check compares each key with every earlier one, which is quadratic in a
 * map's size (200,000 keys took minutes), so the document is parsed without it.
 */
import { isMap, isPair, isScalar, isSeq, YAMLParseError, type Document, type Node } from 'yaml';

/** One DUPLICATE_KEY error per repeated key, like the parser's, in document order. */
export function duplicateKeyErrors(doc: Document.Parsed): YAMLParseError[] {
	const errors: YAMLParseError[] = [];
	// An explicit stack, not recursion: a hostile file may nest deeply.
	const pending: unknown[] = [doc.contents];
	while (pending.length) {
		const node = pending.pop();
		if (isSeq(node)) {
			for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i]);
		} else if (isMap(node)) {
			const seen = new Set<string>();
			for (const pair of node.items) {
				if (!isPair(pair)) continue;
				const key = pair.key as Node | null;
				if (isScalar(key)) {
					const name = String(key.value);
					if (seen.has(name)) {
						const start = key.range?.[0] ?? 0;
						errors.push(
							new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'),
						);
					}
					seen.add(name);
				}
			}
			for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i]?.value);
		}
	}
	return errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

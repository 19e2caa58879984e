/**
 * The synonym list (`content/synonyms.yaml`): parsed and checked here, without file access,
 * so `check` and the build read it the same way. Groups are compared on the words as search
 * sees them (folded), so 帐单 and 账单 count as one word.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ruleOf, type MessageKey } from '../messages.ts';
import type { Problem } from '../problem.ts';

/** Groups of words that mean the same to a reader, in the file's order. */
export type SynonymGroups = string[][];

export interface SynonymCheck {
	groups: SynonymGroups;
	problems: Problem[];
}

/**
 * `fold` is the search's own text folding (width, case, Traditional and variant characters);
 * words are kept as written, problems are located at the offending word.
 */
export function checkSynonyms(
	text: string,
	file: string,
	fold: (word: string) => string,
): SynonymCheck {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
	const problems: Problem[] = [];
	const at = (
		offset: number,
		message: MessageKey,
		params?: Record<string, unknown>,
		severity: Problem['severity'] = 'error',
	) => {
		const { line, col } = lines.linePos(offset);
		problems.push({
			file,
			line,
			column: col,
			severity,
			rule: ruleOf(message),
			field: 'groups',
			message,
			params,
		});
	};
	const start = (node: Node | null | undefined) => node?.range?.[0] ?? 0;
	if (doc.errors.length) {
		const error = doc.errors[0]!;
		at(error.pos[0], 'synonyms.yaml', { reason: error.message.split('\n')[0] });
		return { groups: [], problems };
	}
	const groupsNode = isMap(doc.contents) ? doc.contents.get('groups', true) : undefined;
	if (!isMap(doc.contents) || doc.contents.items.length !== 1 || !isSeq(groupsNode)) {
		at(start(doc.contents as Node | null), 'synonyms.shape');
		return { groups: [], problems };
	}
	const groups: SynonymGroups = [];
	/** Folded word → where it was first seen. */
	const seen = new Map<string, { line: number; group: number; word: string }>();
	groupsNode.items.forEach((item, groupIndex) => {
		const node = item as Node;
		if (!isSeq(node) || !node.items.every((w) => isScalar(w) && typeof w.value === 'string')) {
			at(start(node), 'synonyms.shape');
			return;
		}
		const words: string[] = [];
		for (const wordNode of node.items as import('yaml').Scalar<string>[]) {
			const word = wordNode.value.trim();
			const folded = fold(word);
			const first = seen.get(folded);
			if (!word) continue;
			if (first?.group === groupIndex && first.word === word)
				at(start(wordNode), 'synonyms.duplicate', { value: word });
			else if (first?.group === groupIndex)
				at(start(wordNode), 'synonyms.folded', { value: word, other: first.word }, 'warning');
			else if (first) at(start(wordNode), 'synonyms.twoGroups', { value: word, line: first.line });
			else {
				seen.set(folded, { line: lines.linePos(start(wordNode)).line, group: groupIndex, word });
				words.push(word);
			}
		}
		if (
			new Set(
				node.items
					.map((w) => fold(String((w as import('yaml').Scalar).value).trim()))
					.filter(Boolean),
			).size < 2
		)
			at(start(node), 'synonyms.empty');
		else if (words.length) groups.push(words);
	});
	problems.sort((a, b) => a.line - b.line || a.column - b.column);
	return { groups, problems };
}

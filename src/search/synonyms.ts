/**
 * Query expansion with the company's synonym list (`content/synonyms.yaml`, shipped beside the
 * index as `synonyms.json`): a query holding a word of a group is also searched with each other
 * word of that group in its place, so 打折 finds the case that says 折扣. Browser and Node.
 */
import { foldText } from './normalize.ts';

/** File name of the groups, in the site's `pagefind/` folder. */
export const synonymsFile = 'synonyms.json';

/** One more query to run, and the word of the list it put in (shown as "按同义词“…”找到"). */
export interface Expansion {
	query: string;
	/** The synonym(s) used, as written in the list. */
	words: string[];
}

interface Entry {
	folded: string;
	word: string;
	group: number;
	/** Place in the list, so a group's other words are tried in the order written. */
	order: number;
	latin: boolean;
}

/** At most this many extra searches per query (a query with several synonyms multiplies them). */
export const maxExpansions = 24;

const latinWord = /[a-z0-9]/;
let entries: Entry[] = [];

/** Installs the groups (browser, benchmark and tests install the list the build shipped). */
export function setSynonyms(groups: readonly (readonly string[])[]): void {
	entries = groups
		.flatMap((words, group) => words.map((word) => ({ word, group })))
		.map(({ word, group }, order) => {
			const folded = foldText(word.trim());
			return { folded, word, group, order, latin: latinWord.test(folded) };
		});
	// Longest first, so 贵宾室 is matched before 贵宾.
	entries.sort((a, b) => b.folded.length - a.folded.length);
}

interface Match {
	start: number;
	end: number;
	group: number;
	folded: string;
}

/** Latin words match whole (bill is not in billing); Chinese words anywhere in the query. */
function matchesAt(text: string, i: number, entry: Entry): boolean {
	if (!entry.folded || !text.startsWith(entry.folded, i)) return false;
	if (!entry.latin) return true;
	const before = text[i - 1] ?? '';
	const after = text[i + entry.folded.length] ?? '';
	return !latinWord.test(before) && !latinWord.test(after);
}

/** The queries to run besides the query itself, each with the synonyms it used. */
export function expandQuery(query: string): Expansion[] {
	if (!entries.length) return [];
	const text = foldText(query);
	const matches: Match[] = [];
	for (let i = 0; i < text.length;) {
		const entry = entries.find((e) => matchesAt(text, i, e));
		if (!entry) {
			i++;
			continue;
		}
		matches.push({
			start: i,
			end: i + entry.folded.length,
			group: entry.group,
			folded: entry.folded,
		});
		i += entry.folded.length;
	}
	if (!matches.length) return [];
	const seen = new Set([text]);
	const out: Expansion[] = [];
	const options = matches.map((m) => [
		{ folded: m.folded, word: '' },
		...entries
			.filter((e) => e.group === m.group && e.folded !== m.folded)
			.sort((a, b) => a.order - b.order)
			.map((e) => ({ folded: e.folded, word: e.word })),
	]);
	// Each match keeps its word or takes another of its group: one substitution first, then
	// every combination while there are few (a long query with many synonyms stays cheap).
	type Choice = (typeof options)[number][number];
	const keep = options.map((choices) => choices[0]!);
	const combos: Choice[][] = options.flatMap((choices, i) =>
		choices.slice(1).map((choice) => keep.map((k, j) => (j === i ? choice : k))),
	);
	if (options.reduce((n, choices) => n * choices.length, 1) <= 1000) {
		let all: Choice[][] = [[]];
		for (const choices of options)
			all = all.flatMap((combo) => choices.map((choice) => [...combo, choice]));
		combos.push(...all.filter((combo) => combo.filter((c) => c.word).length > 1));
	}
	for (const combo of combos) {
		let next = '';
		let at = 0;
		matches.forEach((m, i) => {
			next += text.slice(at, m.start) + combo[i]!.folded;
			at = m.end;
		});
		next += text.slice(at);
		if (seen.has(next)) continue;
		seen.add(next);
		out.push({ query: next, words: combo.map((c) => c.word).filter(Boolean) });
		if (out.length >= maxExpansions) break;
	}
	return out;
}

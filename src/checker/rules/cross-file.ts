/**
 * Rules that need every case at once: unique ids, aliases that do not shadow another case,
 * `related` ids and body links that point at a case that exists.
 */
import { formatFieldPath, type Problem } from '../problem.ts';
import { ruleOf, type MessageKey } from '../messages.ts';
import { positionOf, type CaseSource } from '../source.ts';
import { suggest } from '../suggest.ts';
import type { CaseLink } from './mdx-safety.ts';

export interface IndexedCase {
	source: CaseSource;
	id: string;
	aliases: readonly string[];
	related: readonly string[];
	/** Links in the body to case pages. */
	caseLinks: readonly CaseLink[];
}

/** Another file whose body links to cases (a guide). */
export interface LinkingFile {
	source: CaseSource;
	caseLinks: readonly CaseLink[];
}

function problemAt(
	source: CaseSource,
	path: readonly PropertyKey[],
	message: MessageKey,
	params: Record<string, unknown>,
	fix?: string,
): Problem {
	const { line, column } = positionOf(source, path, 'value');
	return {
		file: source.file,
		line,
		column,
		severity: 'error',
		rule: ruleOf(message),
		field: formatFieldPath(path),
		message,
		params,
		fix,
	};
}

/** `others` are further files (guides) whose body links to cases are checked too. */
export function crossFileRules(
	cases: readonly IndexedCase[],
	others: readonly LinkingFile[] = [],
): Problem[] {
	const problems: Problem[] = [];
	const byId = new Map<string, IndexedCase[]>();
	for (const c of cases) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);

	for (const [id, owners] of byId) {
		if (owners.length < 2) continue;
		for (const owner of owners) {
			const others = owners.filter((o) => o !== owner).map((o) => o.source.file);
			problems.push(
				problemAt(owner.source, ['id'], 'id.duplicate', { value: id, other: others.join(', ') }),
			);
		}
	}

	// Every URL segment a case answers to: its id and its aliases.
	const claims = new Map<string, IndexedCase[]>();
	const claim = (name: string, c: IndexedCase) =>
		claims.set(name, [...(claims.get(name) ?? []), c]);
	for (const c of cases) {
		claim(c.id, c);
		for (const alias of new Set(c.aliases)) if (alias !== c.id) claim(alias, c);
	}
	for (const c of cases) {
		c.aliases.forEach((alias, index) => {
			if (alias === c.id) {
				problems.push(problemAt(c.source, ['aliases', index], 'alias.self', { value: alias }));
				return;
			}
			const others = (claims.get(alias) ?? []).filter((o) => o !== c);
			if (others.length)
				problems.push(
					problemAt(c.source, ['aliases', index], 'alias.clash', {
						value: alias,
						other: others.map((o) => o.source.file).join(', '),
					}),
				);
		});
	}

	const ids = [...byId.keys()];
	const aliasOwner = new Map<string, string>();
	for (const c of cases) for (const alias of c.aliases) aliasOwner.set(alias, c.id);
	for (const c of cases) {
		c.related.forEach((id, index) => {
			if (id === c.id) problems.push(problemAt(c.source, ['related', index], 'related.self', {}));
			else if (!byId.has(id)) {
				const current = aliasOwner.get(id);
				const suggestion = current ?? suggest(id, ids);
				problems.push(
					problemAt(
						c.source,
						['related', index],
						'related.missing',
						{ value: id, suggestion },
						suggestion ? `- ${suggestion}` : undefined,
					),
				);
			}
		});
	}
	for (const { source, caseLinks } of [...cases, ...others]) {
		for (const link of caseLinks) {
			const offset = source.bodyOffset + link.index;
			const position = source.positionAt(offset);
			const base = { file: source.file, ...position, severity: 'error' as const, field: 'body' };
			if (byId.has(link.id)) continue;
			const current = aliasOwner.get(link.id);
			if (current) {
				problems.push({
					...base,
					severity: 'warning',
					rule: ruleOf('link.alias'),
					message: 'link.alias',
					params: { value: link.id },
					fix: `/cases/${current}/`,
				});
			} else {
				const suggestion = suggest(link.id, ids);
				problems.push({
					...base,
					rule: ruleOf('link.missing'),
					message: 'link.missing',
					params: { value: link.id, suggestion },
					fix: suggestion ? `/cases/${suggestion}/` : undefined,
				});
			}
		}
	}
	return problems;
}

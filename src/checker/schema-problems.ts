/**
 * Turns zod issues into problems an author can act on: the field path as written in YAML,
 * the line it sits on, a did-you-mean for misspelled keys and values, and the corrected YAML.
 */
import { caseFields } from '../../schemas/case-fields.ts';
import { caseFrontmatter, type Yamlish } from '../authoring/serialize.ts';
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { gridReferenceCodes } from '../../schemas/grid.ts';
import { caseIdPattern, charCount } from '../../schemas/case.ts';
import { isMessageKey, ruleOf } from './messages.ts';
import { formatFieldPath, type Problem } from './problem.ts';
import { locate, positionOf, type CaseSource } from './source.ts';
import { isChinese } from './chinese-punctuation.ts';
import { suggest } from './suggest.ts';

type AnySchema = z.ZodType;
interface ZodDef {
	type: string;
	innerType?: AnySchema;
	out?: AnySchema;
	shape?: Record<string, AnySchema>;
	element?: AnySchema;
}
const defOf = (schema: unknown): ZodDef | undefined =>
	(schema as { _zod?: { def?: ZodDef } } | undefined)?._zod?.def;

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
	let def = defOf(schema);
	while (
		schema &&
		def &&
		['optional', 'default', 'nullable', 'pipe', 'readonly', 'catch', 'prefault'].includes(def.type)
	) {
		schema = def.type === 'pipe' ? def.out : def.innerType;
		def = defOf(schema);
	}
	return schema;
}

/** Field names an object at `path` accepts, read from the schema itself. */
export function knownKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
	let current = unwrap(schema);
	for (const part of path) {
		const def = defOf(current);
		if (def?.type === 'object' && typeof part === 'string') current = unwrap(def.shape?.[part]);
		else if (def?.type === 'array') current = unwrap(def.element);
		else return [];
	}
	const def = defOf(current);
	return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current = data;
	for (const part of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[part as string];
	}
	return current;
}

/** Example values of fields inside a field, shown when one is missing; top-level fields take theirs from the registry. */
const nestedExamples: Record<string, string> = {
	start: '2006-04-22T13:10',
	critical: '最关键点',
	secondary: '次关键点',
	basic: '基本要点',
	steps: '[第一步, 第二步]',
	remedies: '[follow-up]',
	value: '客户的反馈',
	name: '李先生',
	role: '金卡客户',
	side: 'customer',
	type: 'request',
	text: '客户提出的要求',
	demand: '没能满足的要求',
	reason: '没能满足的原因',
};

/** The line to paste for a missing field: the registry's example written as the writer writes it. */
function exampleLine(key: string, atTop: boolean): string | undefined {
	const field = atTop ? caseFields.find((entry) => entry.key === key) : undefined;
	if (field) return caseFrontmatter({ [key]: field.example as Yamlish });
	const nested = nestedExamples[key];
	return nested === undefined ? undefined : `${key}: ${nested}`;
}

/** A value as it would be written in YAML, quoted only when it has to be. */
const yamlScalar = (value: string) => stringify(value, { lineWidth: 0 }).trim();

/** The corrected line for a field: `side: customer` inside a map, `- C1.2` inside a list. */
function fixLine(path: readonly PropertyKey[], value: string): string {
	const last = path[path.length - 1];
	return typeof last === 'number'
		? `- ${yamlScalar(value)}`
		: `${String(last)}: ${yamlScalar(value)}`;
}

/** `2006/4/22 13:10` → `2006-04-22T13:10`; undefined when the numbers do not fit. */
export function normaliseTime(raw: string): string | undefined {
	const parts = raw.match(/\d+/g)?.map(Number);
	if (!parts || parts.length < 2 || parts[0]! < 1000) return undefined;
	const pad = (n: number) => String(n).padStart(2, '0');
	const [y, m, d, hh, mm] = parts;
	let out = `${y}-${pad(m!)}`;
	if (d !== undefined) out += `-${pad(d)}`;
	if (d !== undefined && hh !== undefined) out += `T${pad(hh)}:${pad(mm ?? 0)}`;
	return out;
}

/** `Gold Card_Lounge!` → `gold-card-lounge` */
export function slugifyId(raw: string): string {
	return raw
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 64);
}

/**
 * `{ text: 甲,乙 }`: the ASCII comma before the key `乙` (and the blanks after it) becomes `，`,
 * when Chinese text stands on both sides of it; the flow map then holds one text again.
 */
function commaSplitEdits(source: CaseSource, path: readonly PropertyKey[]) {
	const found = locate(source, path, 'key');
	if (!found.exact) return undefined;
	const keyAt = found.offset;
	let comma = keyAt - 1;
	while (source.text[comma] === ' ' || source.text[comma] === '\t') comma--;
	let before = comma - 1;
	while (source.text[before] === ' ' || source.text[before] === '\t') before--;
	if (
		source.text[comma] !== ',' ||
		!isChinese(source.text[before]) ||
		!isChinese(source.text[keyAt])
	)
		return undefined;
	return [{ offset: comma, remove: keyAt - comma, insert: '，' }];
}

/**
 * `objectSchemas` are the object schemas a file may follow, keyed by its `kind` (cases), or a
 * single schema (guides); they answer which keys a misspelled key could have meant.
 */
export function schemaProblems(
	source: CaseSource,
	issues: readonly z.core.$ZodIssue[],
	objectSchemas: Record<string, AnySchema> | AnySchema,
): Problem[] {
	const data = source.data;
	const kind = valueAt(data, ['kind']);
	const kindSchema =
		'_zod' in objectSchemas
			? (objectSchemas as AnySchema)
			: typeof kind === 'string'
				? (objectSchemas as Record<string, AnySchema>)[kind]
				: undefined;
	const problems: Problem[] = [];
	/** `parent-path|key` of required fields that an unknown key already suggests. */
	const suggestedRenames = new Set<string>();

	/** A problem about `path`, placed at `at` (the nearest node that exists) when given. */
	const make = (
		path: readonly PropertyKey[],
		message: string,
		params: Record<string, unknown> = {},
		fix?: string,
		prefer: 'key' | 'value' = 'key',
		at = path,
	): Problem => {
		const { line, column } = positionOf(source, at, prefer);
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
	};

	// Unknown keys first, so a misspelled key and the missing field it meant become one problem.
	for (const issue of issues) {
		if (issue.code !== 'unrecognized_keys') continue;
		const known = kindSchema ? knownKeysAt(kindSchema, issue.path) : [];
		const present = valueAt(data, issue.path);
		// Once per object, not per unknown key: a file may hold 100,000 of them.
		const candidates = known.filter(
			(k) => !(present && typeof present === 'object' && k in present),
		);
		for (const key of issue.keys) {
			// `{ text: 甲,乙 }` parses `乙` as a key: no field name has CJK in it.
			if (/\p{Script=Han}/u.test(key)) {
				const split = make([...issue.path, key], 'key.commaSplit', { key });
				const edits = commaSplitEdits(source, [...issue.path, key]);
				problems.push(edits ? { ...split, fix: `，${key}`, edits } : split);
				continue;
			}
			const suggestion = suggest(key, candidates);
			if (suggestion) suggestedRenames.add(`${formatFieldPath(issue.path)}|${suggestion}`);
			const fix = suggestion ? `${suggestion}:` : undefined;
			problems.push(make([...issue.path, key], 'key.unknown', { key, suggestion }, fix));
		}
	}

	for (const issue of issues) {
		if (issue.code === 'unrecognized_keys') continue;
		const path = issue.path;
		const value = valueAt(data, path);
		const last = path[path.length - 1];

		if (issue.code === 'invalid_union' && (path.length === 0 || path[0] === 'kind')) {
			if (kind === undefined)
				problems.push(make(['kind'], 'field.required', {}, `kind: mot   # 或 scqa`));
			else {
				const suggestion = suggest(String(kind), ['mot', 'scqa']);
				problems.push(
					make(
						['kind'],
						'kind.unknown',
						{ value: kind, suggestion },
						suggestion ? `kind: ${suggestion}` : undefined,
						'value',
					),
				);
			}
			continue;
		}

		if (value === undefined && issue.code !== 'custom') {
			const parent = path.slice(0, -1);
			if (suggestedRenames.has(`${formatFieldPath(parent)}|${String(last)}`)) continue;
			problems.push(
				make(
					path,
					'field.required',
					{},
					exampleLine(String(last), parent.length === 0),
					'key',
					parent,
				),
			);
			continue;
		}

		if (issue.code === 'invalid_value' && 'values' in issue) {
			const options = issue.values.map(String);
			const suggestion = suggest(String(value), options);
			problems.push(
				make(
					path,
					'enum.invalid',
					{ options: options.join(', '), value, suggestion },
					suggestion ? fixLine(path, suggestion) : undefined,
					'value',
				),
			);
			continue;
		}

		const key = isMessageKey(issue.message) ? issue.message : 'field.type';
		const params: Record<string, unknown> = {
			value,
			...(issue as { params?: Record<string, unknown> }).params,
		};
		let fix: string | undefined;
		if (key === 'grid.unknown' && typeof value === 'string') {
			const suggestion = suggest(value.replace(/[。．]/g, '.'), gridReferenceCodes);
			params.suggestion = suggestion;
			if (suggestion) fix = fixLine(path, suggestion);
		} else if (key === 'industry.unknown' && typeof value === 'string') {
			const suggestion = suggest(value, (params.candidates as string[]) ?? []);
			params.suggestion = suggestion;
			if (suggestion) fix = fixLine(path, suggestion);
			else params.options = (params.candidates as string[]).join(', ');
		} else if (key === 'id.pattern' && typeof value === 'string') {
			const slug = slugifyId(value);
			if (caseIdPattern.test(slug)) fix = fixLine(path, slug);
		} else if ((key === 'time.format' || key === 'date.format') && typeof value === 'string') {
			const normal = normaliseTime(value);
			if (normal) fix = fixLine(path, key === 'date.format' ? normal.slice(0, 10) : normal);
		} else if ((key === 'title.length' || key === 'summary.length') && typeof value === 'string') {
			params.count = charCount(value);
		} else if (key === 'field.type') {
			params.expected = 'expected' in issue ? String(issue.expected) : '?';
		}
		delete params.candidates;
		problems.push(make(path, key, params, fix, 'value'));
	}
	return problems;
}

/**
 * Writes a case as MDX: frontmatter in the field order of case-format.md, one short item per
 * line, quoting only where YAML needs it. The scaffold and the browser form both use it, so
 * every generated file looks like one a person would write.
 */

import { fieldOrder } from '../../schemas/case-fields.ts';

export type Yamlish =
	string | number | boolean | undefined | Yamlish[] | { [key: string]: Yamlish };

/** Frontmatter keys in the registry's file order (case-format.md): shared fields, then the kind's own, then the rest. */
const keyOrder = fieldOrder();

/** Plain YAML when that reads back as the same string, double-quoted otherwise. */
export function yamlString(value: string): string {
	const risky =
		value === '' ||
		/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) ||
		/\s$/.test(value) ||
		/[:#,[\]{}\n\\]/.test(value) ||
		/^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|\.inf|\.nan)$/i.test(
			value,
		);
	return risky ? JSON.stringify(value) : value;
}

function inline(value: Yamlish): string {
	if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		return `{ ${entries.map(([k, v]) => `${k}: ${inline(v)}`).join(', ')} }`;
	}
	return typeof value === 'string' ? yamlString(value) : String(value);
}

const isShortScalarList = (list: Yamlish[]) =>
	list.every((item) => typeof item !== 'object') && inline(list).length <= 60;

function block(key: string, value: Yamlish, indent: string): string[] {
	if (value === undefined) return [];
	if (Array.isArray(value)) {
		if (value.length === 0 || isShortScalarList(value))
			return [`${indent}${key}: ${inline(value)}`];
		return [`${indent}${key}:`, ...value.map((item) => `${indent}  - ${inline(item)}`)];
	}
	if (value && typeof value === 'object') {
		const flat = inline(value);
		if (flat.length <= 70 && Object.values(value).every((v) => !Array.isArray(v)))
			return [`${indent}${key}: ${flat}`];
		return [
			`${indent}${key}:`,
			...Object.entries(value).flatMap(([k, v]) => block(k, v, `${indent}  `)),
		];
	}
	return [`${indent}${key}: ${inline(value)}`];
}

/** The frontmatter lines of a case, in contract order. */
export function caseFrontmatter(fields: Record<string, Yamlish>): string {
	const known = keyOrder.filter((key) => key in fields);
	const extra = Object.keys(fields).filter((key) => !keyOrder.includes(key));
	return [...known, ...extra].flatMap((key) => block(key, fields[key], '')).join('\n');
}

export function caseToMdx(fields: Record<string, Yamlish>, body: string): string {
	return `---\n${caseFrontmatter(fields)}\n---\n\n${body.trim()}\n`;
}

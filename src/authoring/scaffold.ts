/**
 * A new case, ready to fill in: every field the author must write holds a `待填写` marker that
 * `check` reports by name, and everything else (id, kind, cells, dates) is already valid.
 */
import { placeholderMarker } from '../../schemas/guidance.ts';
import { caseIdPattern, summaryMaxLength, titleMaxLength } from '../../schemas/case.ts';
import { parseGridCode } from '../../schemas/grid.ts';
import { caseFields, plainFieldsOf, type CaseField } from '../../schemas/case-fields.ts';
import { scaffoldValue } from '../../schemas/field-values.ts';
import { caseToMdx, type Yamlish } from './serialize.ts';

export interface ScaffoldOptions {
	kind: 'mot' | 'scqa';
	/** Grid codes, first = primary. */
	grid: string[];
	title?: string;
	id?: string;
	industry?: string;
	authors?: string[];
	/** `YYYY-MM-DD`; today by default. */
	published?: string;
}

const fill = (what: string) => `${placeholderMarker}:${what}`;

/** `2026-11-23` in the local calendar, which is what an author means by "today". */
export function today(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A free id: the given one, else the title if it is Latin, else the primary cell and today's
 * date (`c2-3-20261123`); `-2`, `-3` … appended until nothing else uses it.
 */
export function freeCaseId(
	taken: ReadonlySet<string>,
	options: Pick<ScaffoldOptions, 'id' | 'title' | 'grid' | 'published'>,
): string {
	const fromTitle = options.title
		?.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	const datePart = (options.published ?? today()).replace(/-/g, '');
	const cellPart = (options.grid[0] ?? 'case').toLowerCase().replace('.', '-');
	let base =
		options.id ??
		(fromTitle && fromTitle.length >= 3 && /[a-z]/.test(fromTitle)
			? fromTitle
			: `${cellPart}-${datePart}`);
	base = base.slice(0, 60);
	if (!caseIdPattern.test(base))
		throw new Error(
			`id "${base}" is not valid: lower-case letters, digits and hyphens, 3–64 characters`,
		);
	if (!taken.has(base)) return base;
	if (options.id) throw new Error(`id "${base}" is already used by another case`);
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The registry's fields of a kind, each holding its placeholder with markers (the kind's own or the shared ones). */
function registryScaffold(
	kind: ScaffoldOptions['kind'],
	registry: readonly CaseField[],
	which: 'own' | 'shared',
): Record<string, Yamlish> {
	return Object.fromEntries(
		plainFieldsOf(kind, registry)
			.filter((field) => (field.kinds.length === 1) === (which === 'own'))
			.flatMap((field) => {
				const value = scaffoldValue(field, fill);
				return value === undefined ? [] : [[field.key, value as Yamlish]];
			}),
	);
}

export function scaffoldFields(
	options: ScaffoldOptions,
	id: string,
	registry: readonly CaseField[] = caseFields,
): Record<string, Yamlish> {
	for (const code of options.grid) {
		if (!parseGridCode(code)) throw new Error(`"${code}" is not a grid code (U1…S5 or C1.2)`);
	}
	/** The registry's placeholder for a field, its limits filled in from the constants. */
	const marker = (key: string) => {
		const placeholder = String(registry.find((field) => field.key === key)?.placeholder ?? key);
		return fill(
			placeholder
				.replace('{titleMax}', String(titleMaxLength))
				.replace('{summaryMax}', String(summaryMaxLength)),
		);
	};
	const shared: Record<string, Yamlish> = {
		id,
		kind: options.kind,
		title: options.title ?? marker('title'),
		summary: marker('summary'),
		grid: options.grid.map((code) => code.toUpperCase()),
		time: { start: fill('YYYY-MM-DDTHH:mm'), end: fill('结束时间,可删去') },
		place: marker('place'),
		people: [
			{ name: fill('客户称呼(勿写全名)'), role: fill('客户身份'), side: 'customer' },
			{ name: fill('员工称呼'), role: fill('岗位'), side: 'staff' },
		],
		industry: options.industry ?? marker('industry'),
	};
	return {
		...shared,
		...registryScaffold(options.kind, registry, 'own'),
		...registryScaffold(options.kind, registry, 'shared'),
		authors: options.authors?.length ? options.authors : [marker('authors')],
		published: options.published ?? today(),
	};
}

export function scaffoldBody(kind: 'mot' | 'scqa'): string {
	return kind === 'mot'
		? `${fill('事件经过')}\n\n客观地写下事实、细节和来龙去脉:几点几分、在哪里、谁说了什么、做了什么。课程建议 800–1500 字。`
		: `${fill('更完整的故事,可删去')}`;
}

export function scaffoldCase(
	options: ScaffoldOptions,
	taken: ReadonlySet<string>,
): { id: string; mdx: string } {
	const id = freeCaseId(taken, options);
	return { id, mdx: caseToMdx(scaffoldFields(options, id), scaffoldBody(options.kind)) };
}

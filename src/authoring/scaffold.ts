/**
 * A new case, ready to fill in: every field the author must write holds a `待填写` marker that
 * `check` reports by name, and everything else (id, kind, cells, dates) is already valid.
 */
import { placeholderMarker } from '../../schemas/guidance.ts';
import { caseIdPattern, summaryMaxLength, titleMaxLength } from '../../schemas/case.ts';
import { parseGridCode } from '../../schemas/grid.ts';
import { caseFields, plainFieldsOf, type CaseField } from '../../schemas/case-fields.ts';
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

/** The registry's plain fields, each holding its marker: one line, or a list of one. */
function plainScaffold(
	kind: ScaffoldOptions['kind'],
	registry: readonly CaseField[],
): Record<string, Yamlish> {
	return Object.fromEntries(
		plainFieldsOf(kind, registry)
			.filter((field) => field.placeholder)
			.map((field) => [
				field.key,
				field.shape === 'lines' ? [fill(field.placeholder!)] : fill(field.placeholder!),
			]),
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
		const placeholder = registry.find((field) => field.key === key)?.placeholder ?? key;
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
	const closing: Record<string, Yamlish> = {
		...plainScaffold(options.kind, registry),
		authors: options.authors?.length ? options.authors : [marker('authors')],
		published: options.published ?? today(),
	};
	if (options.kind === 'mot') {
		return {
			...shared,
			demands: [
				{ type: 'request', text: fill('客户提出的要求') },
				{ type: 'need', text: fill('客户的需求') },
				{ type: 'claim', text: fill('客户的索求') },
			],
			gaps: [{ demand: fill('没能满足的要求'), reason: fill('没能满足的原因') }],
			keyPoints: {
				critical: fill('最关键点'),
				secondary: fill('次关键点'),
				basic: fill('基本要点'),
			},
			...closing,
		};
	}
	return {
		...shared,
		answer: {
			steps: [fill('第一步'), fill('第二步')],
			remedies: ['follow-up'],
			value: fill('服务价值:客户的反馈'),
		},
		...closing,
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

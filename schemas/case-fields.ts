/**
 * The field registry: every frontmatter field of a case, once, in file order, with what each
 * part of the code needs to know about it (label, hint, example, page section, slides, search).
 * The zod schema (case.ts) keeps the rules and a doc comment per field; the form, the preview,
 * the MDX writer, the scaffold, the checker's examples, the search records, the completeness
 * report, the case page and the slides read this list. A plain optional field — one text, or
 * a list written one item per line — needs nothing but an entry here (see README, "Adding a field").
 */
import type { Label } from './grid.ts';
import { contentLanguages } from './content-languages.ts';
import {
	clearSteps,
	demandTypes,
	discStyles,
	interactionSteps,
	kanoLevels,
	keyPointLevels,
	remedyStrategies,
	serviceLevels,
	touchpoints,
	type Term,
} from './course-vocabulary.ts';

export type CaseKind = 'mot' | 'scqa';
const both: readonly CaseKind[] = ['mot', 'scqa'];

/** A YAML value as the writer and the examples hold it. */
export type FieldValue = string | number | FieldValue[] | { [key: string]: FieldValue };

/** The values a `choice` may take: one of the course's vocabularies (schemas/course-vocabulary.ts). */
export interface Options {
	readonly list: readonly Term[];
}

/**
 * One column of a `rows` field, or one part of a `record` field. `text`: one string; `lines`: a
 * list of strings, one per line in the form; `choice`: one key of `options` (a select);
 * `choices`: several keys of `options`, at least one, no repeats (checkboxes); `scale`: a whole
 * number on the course's perception scale, −3 … +3 (a select).
 */
export interface FieldPart {
	key: string;
	shape: 'text' | 'lines' | 'choice' | 'choices' | 'scale';
	/** The part (or column) may be left out; a record shows an absent one as `missing`. */
	optional?: boolean;
	/** Its name on the page, in the form and on the slides. */
	label: Label;
	/** What to write, for the form. */
	hint?: Label;
	options?: Options;
	/** A record part's control name in the form (kept as the first form named it: stored drafts use it). */
	name?: string;
	/** How `lines` and `choices` are listed on the page and the slides. */
	list?: 'ordered' | 'unordered';
	/** Page markup: the list's class and the item attribute (`data-<attr>`) holding the key (`choices`). */
	css?: { class?: string; attr?: string };
	/** The case-list and search filter its values feed, by the filter's URL name (src/lib/facets.ts). */
	facet?: string;
	/** Its lines are what to do next time, shown at the top of the case page (src/lib/next-time.ts). */
	nextTime?: boolean;
}

/** The course's suggested length of a part, in characters; warnings only (schemas/guidance.ts). */
export interface FieldGuidance {
	/** The name the checker's warning uses, when shorter than the label. */
	label?: Label;
	/** Suggested range; `min` absent when the course gives one number ("about N"). */
	min?: number;
	max: number;
	/** Beyond this the checker warns. */
	warnAbove: number;
	warnBelow?: number;
}

/** A part of a field the completeness report asks for, when emptiness alone does not say. */
export interface ReportCheck {
	/** Its name in `--report` output and JSON (`time.end`). */
	key: string;
	label: Label;
	/** Whether a case has it, from the field's value and the case's body. */
	filled: (value: unknown, body: string) => boolean;
}

export interface CaseField {
	/** The frontmatter key. */
	key: string;
	/** The kinds of case that have it. */
	kinds: readonly CaseKind[];
	/** Every case of those kinds must fill it. */
	required: boolean;
	/**
	 * `text`: one string; `lines`: a list of strings, one per line in the form; `rows`: a list of
	 * objects with the same `columns` (a repeatable group in the form); `record`: an object of
	 * named `parts`; `choice`: one key of `options` (a select; shown beside the case, not as a
	 * section). All five are handled everywhere from this entry. `special`: its own schema,
	 * form controls and page markup.
	 */
	shape: 'text' | 'lines' | 'rows' | 'record' | 'choice' | 'special';
	/** The values of a `choice` field. */
	options?: Options;
	/** A guide chapter that explains the field (`content/guides/<slug>.mdx`), linked beside its value or section. */
	guide?: string;
	/** The columns of each row (`rows`). */
	columns?: readonly FieldPart[];
	/** The parts (`record`). */
	parts?: readonly FieldPart[];
	/** How many rows at least (`rows`; 0 when absent). */
	minRows?: number;
	/** Its name on the page, in the form and in the checker's report. */
	label: Label;
	/** Its legend in the form, when the form says more than the page's heading. */
	formLabel?: Label;
	/** What to write, for the form; `{min}` and `{max}` are filled from `guidance`. */
	hint?: Label;
	/**
	 * What the scaffold writes, each text after the `待填写` marker for the author to replace
	 * (`choice` and `choices` values as they are); the form starts `rows` with these rows, their
	 * texts empty. Absent: the scaffold leaves the field out.
	 */
	placeholder?: FieldValue;
	/** A valid value: the checker's fix for a missing field shows it. */
	example: FieldValue;
	/** The anchor of its section on the case page (stable: trainers link it); absent when shown in the facts or about box. */
	section?: string;
	/** Which part of a class it belongs to in the presentation (class mode shows questions before the analysis). */
	slides?: 'story' | 'analysis' | 'questions';
	/** How a `lines` field is listed on the page and the slides. */
	list?: 'ordered' | 'unordered';
	/**
	 * How `rows` and `record` show on the page and the slides. `table` (rows, the default): a
	 * table, one slide; `grouped` (rows): one group per option of the first `choice` column, in
	 * the vocabulary's order, one slide each; `points` (a record of texts, the default there):
	 * each part a paragraph led by its label, one slide; `headed` (record): each part under its
	 * own heading, one slide each; `curve` (rows with a `scale` column): the perception curve,
	 * a static SVG with its values in a table (src/lib/perception-curve.ts). `css` names the
	 * page's classes.
	 */
	layout?: 'table' | 'grouped' | 'points' | 'headed' | 'curve';
	/** What a record shows for an optional part left out (the lesson may be the step not taken). */
	missing?: Label;
	css?: { class?: string; item?: string; attr?: string };
	/** Its text is indexed for search. */
	search?: boolean;
	/** The case-list and search filter its values feed, by the filter's URL name (src/lib/facets.ts). */
	facet?: string;
	/** Its parts are what to do next time, shown at the top of the case page (src/lib/next-time.ts). */
	nextTime?: boolean;
	/**
	 * The completeness report (`check --report`) asks for it: `true` when the field is optional
	 * and empty; a `ReportCheck` for a finer part (an end time, a grid point, a story).
	 */
	report?: true | ReportCheck;
	/** Its number among the six parts of the course's MOT case template (the account is part 1). */
	part?: number;
	/** The course's suggested length. */
	guidance?: FieldGuidance;
}

export const caseFields: readonly CaseField[] = [
	/** The URL is `/cases/<id>/`. */
	{
		key: 'id',
		kinds: both,
		required: true,
		shape: 'special',
		label: { zh: '编号', en: 'Id' },
		example: 'gold-card-lounge',
	},
	/** The case template: `mot` (six parts) or `scqa`. */
	{
		key: 'kind',
		kinds: both,
		required: true,
		shape: 'special',
		label: { zh: '类型', en: 'Kind' },
		example: 'mot',
		// An SCQA case tells its longer story in the body (an MOT case's account is required).
		report: {
			key: 'story',
			label: { zh: '正文故事', en: 'Story' },
			filled: (kind, body) => kind === 'mot' || body.trim() !== '',
		},
	},
	{
		key: 'title',
		kinds: both,
		required: true,
		shape: 'special',
		label: { zh: '标题', en: 'Title' },
		placeholder: '标题，不超过 {titleMax} 字',
		example: '查不到卡号的金卡客户',
		search: true,
	},
	{
		key: 'summary',
		kinds: both,
		required: true,
		shape: 'special',
		label: { zh: '一句话摘要', en: 'Summary' },
		placeholder: '一句话概括，不超过 {summaryMax} 字',
		example: '一句话写清谁在什么场合遇到了什么，结果如何。',
		search: true,
	},
	/** The language the case is written in; absent: `contentLang` of content/site.yaml. */
	{
		key: 'lang',
		kinds: both,
		required: false,
		shape: 'choice',
		options: contentLanguages,
		label: { zh: '案例语言', en: 'Language of the case' },
		hint: {
			zh: '案例正文用什么语言写成；不填则按手册的默认设置（content/site.yaml 的 contentLang）。',
			en: 'The language the case is written in; leave empty for the handbook’s default (contentLang in content/site.yaml).',
		},
		example: 'zh-CN',
	},
	/** An English title and summary, shown on the English pages (the case itself stays as written). */
	{
		key: 'en',
		kinds: both,
		required: false,
		shape: 'record',
		parts: [
			{
				key: 'title',
				shape: 'text',
				optional: true,
				label: { zh: '英文标题', en: 'English title' },
			},
			{
				key: 'summary',
				shape: 'text',
				optional: true,
				label: { zh: '英文摘要', en: 'English summary' },
			},
		],
		label: { zh: '英文标题和摘要', en: 'English title and summary' },
		hint: {
			zh: '可选：给英文读者的标题和一句话摘要，显示在英文页面上。',
			en: 'Optional: a title and one-line summary for English readers, shown on the English pages.',
		},
		example: { title: 'The gold-card customer whose card number could not be found' },
	},
	{
		key: 'grid',
		kinds: both,
		required: true,
		shape: 'special',
		label: { zh: '所在方格', en: 'Grid cells' },
		example: ['C1.2'],
		// A point of the grid (C1.2) says more than its cell (C1).
		report: {
			key: 'point',
			label: { zh: '方格要点', en: 'Grid point' },
			filled: (grid) => Array.isArray(grid) && grid.some((code) => String(code).includes('.')),
		},
	},
	{
		key: 'time',
		kinds: both,
		required: true,
		shape: 'special',
		label: { zh: '时间', en: 'Time' },
		example: { start: '2006-04-22T13:10', end: '2006-04-22T14:06' },
		report: {
			key: 'time.end',
			label: { zh: '结束时间', en: 'End time' },
			filled: (time) => Boolean((time as { end?: unknown } | undefined)?.end),
		},
	},
	{
		key: 'place',
		kinds: both,
		required: true,
		shape: 'special',
		label: { zh: '地点', en: 'Place' },
		placeholder: '具体地点：网点、柜台或渠道',
		example: '成都双流国际机场 国航贵宾休息室',
		search: true,
	},
	{
		key: 'people',
		kinds: both,
		required: true,
		shape: 'special',
		label: { zh: '人物', en: 'People' },
		example: [
			{ name: '李先生', role: '金卡客户', side: 'customer' },
			{ name: '周经理', role: '贵宾室当班经理', side: 'partner' },
		],
		search: true,
	},
	{
		key: 'industry',
		kinds: both,
		required: true,
		shape: 'special',
		label: { zh: '行业', en: 'Industry' },
		placeholder: '行业，见 content/vocabulary.yaml',
		example: 'telecom',
		facet: 'industry',
	},
	{
		key: 'tags',
		kinds: both,
		required: false,
		shape: 'special',
		label: { zh: '标签', en: 'Tags' },
		example: ['服务热线'],
		search: true,
		report: true,
	},
	{
		key: 'scope',
		kinds: both,
		required: false,
		shape: 'special',
		label: { zh: '客户范围', en: 'Customer scope' },
		example: 'external',
		facet: 'scope',
	},
	{
		key: 'outcome',
		kinds: both,
		required: false,
		shape: 'special',
		label: { zh: '结果', en: 'Outcome' },
		example: 'negative',
		report: true,
		facet: 'outcome',
	},
	{
		key: 'perception',
		kinds: both,
		required: false,
		shape: 'special',
		label: { zh: '客户感知', en: 'Customer perception' },
		example: -3,
		report: true,
	},
	{
		key: 'servqual',
		kinds: both,
		required: false,
		shape: 'special',
		label: { zh: '服务质量维度', en: 'SERVQUAL dimensions' },
		example: ['responsiveness'],
		report: true,
		facet: 'servqual',
	},
	/** Which of the scene's four key touchpoints the moment is. */
	{
		key: 'touchpoint',
		kinds: both,
		required: false,
		shape: 'choice',
		options: touchpoints,
		label: { zh: '关键触点', en: 'Touchpoint' },
		hint: {
			zh: '这一刻是业务场景四个关键触点中的哪一个。',
			en: 'Which of the scene’s four key touchpoints this moment is.',
		},
		example: 'core',
		guide: 'four-touchpoints',
		facet: 'touchpoint',
	},
	/** The service standard the staff reached, Basic … Unbelievable. */
	{
		key: 'serviceLevel',
		kinds: both,
		required: false,
		shape: 'choice',
		options: serviceLevels,
		label: { zh: '服务标准', en: 'Service standard' },
		hint: {
			zh: '员工实际做到了五级服务标准中的哪一级。',
			en: 'Which of the five service standards the staff actually reached.',
		},
		example: 'surprising',
		guide: 'service-levels',
		facet: 'level',
	},
	/** The customer's DISC style, when the author can tell. */
	{
		key: 'customerStyle',
		kinds: both,
		required: false,
		shape: 'choice',
		options: discStyles,
		label: { zh: '客户的沟通风格（DISC）', en: 'Customer’s style (DISC)' },
		hint: { zh: '看得出来才填。', en: 'Only when you can tell.' },
		example: 'C',
		guide: 'disc-styles',
		facet: 'style',
	},
	/** 2. What the customer asked, needed, claimed (要求、需求、索求). */
	{
		key: 'demands',
		kinds: ['mot'],
		required: true,
		shape: 'rows',
		columns: [
			{ key: 'type', shape: 'choice', label: { zh: '类型', en: 'Type' }, options: demandTypes },
			{ key: 'text', shape: 'text', label: { zh: '内容', en: 'Text' } },
			{
				key: 'kano',
				shape: 'choice',
				label: { zh: 'KANO 层次', en: 'KANO layer' },
				options: kanoLevels,
				optional: true,
			},
		],
		minRows: 1,
		label: { zh: '客户的要求、需求、索求', en: 'What the customer asked, needed, claimed' },
		hint: {
			zh: '要求是说出口的，需求是没说出口的，索求是要补偿的。课程建议合计 {min}–{max} 字。',
			en: 'A request is said, a need is unsaid, a claim asks for compensation. {min}–{max} characters in all.',
		},
		placeholder: [
			{ type: 'request', text: '客户提出的要求' },
			{ type: 'need', text: '客户的需求' },
			{ type: 'claim', text: '客户的索求' },
		],
		example: [{ type: 'request', text: '客户提出的要求' }],
		part: 2,
		section: 'demands',
		slides: 'analysis',
		layout: 'grouped',
		css: { class: 'demand-group' },
		search: true,
		guidance: {
			label: { zh: '客户的要求、需求、索求', en: 'Demands' },
			min: 100,
			max: 200,
			warnBelow: 100,
			warnAbove: 200,
		},
	},
	/** 3. What we could not meet, and why. */
	{
		key: 'gaps',
		kinds: ['mot'],
		required: true,
		shape: 'rows',
		columns: [
			{ key: 'demand', shape: 'text', label: { zh: '没能满足的要求', en: 'What was asked' } },
			{ key: 'reason', shape: 'text', label: { zh: '原因', en: 'Why we could not' } },
		],
		label: { zh: '我们没能满足的要求', en: 'What we could not meet' },
		formLabel: { zh: '我们没能满足的要求及原因', en: 'What we could not meet, and why' },
		hint: {
			zh: '合计约 {max} 字。只有结果是“正面典范”时才可以空着。',
			en: 'About {max} characters. May be empty only when the outcome is “a model to follow”.',
		},
		placeholder: [{ demand: '没能满足的要求', reason: '没能满足的原因' }],
		example: [{ demand: '没能满足的要求', reason: '没能满足的原因' }],
		part: 3,
		section: 'gaps',
		slides: 'analysis',
		layout: 'table',
		css: { class: 'gaps' },
		search: true,
		guidance: { label: { zh: '无法满足的要求及理由', en: 'Gaps' }, max: 200, warnAbove: 400 },
	},
	/** 4. The key points of the customer's satisfaction. */
	{
		key: 'keyPoints',
		kinds: ['mot'],
		required: true,
		shape: 'record',
		parts: keyPointLevels.list.map((level) => ({
			key: level.key,
			shape: 'text' as const,
			label: level.label,
			name: `key${level.key[0]!.toUpperCase()}${level.key.slice(1)}`,
		})),
		label: { zh: '关键点', en: 'Key points' },
		hint: {
			zh: '决定客户判断的是哪一点？合计约 {max} 字。',
			en: 'What decided the customer’s judgement? About {max} characters in all.',
		},
		placeholder: { critical: '最关键点', secondary: '次关键点', basic: '基本要点' },
		example: { critical: '最关键点', secondary: '次关键点', basic: '基本要点' },
		part: 4,
		section: 'key-points',
		slides: 'analysis',
		layout: 'points',
		css: { class: 'keypoints', item: 'keypoint', attr: 'level' },
		search: true,
		nextTime: true,
		guidance: { max: 100, warnAbove: 200 },
	},
	/** 5. Process changes the case calls for. */
	{
		key: 'processChanges',
		kinds: ['mot'],
		required: true,
		shape: 'lines',
		label: { zh: '流程改善', en: 'Process changes' },
		hint: { zh: '每行一条。约 {max} 字。', en: 'One per line. About {max} characters.' },
		placeholder: '需要改变的流程',
		example: ['需要改变的流程'],
		part: 5,
		section: 'process-changes',
		slides: 'analysis',
		list: 'ordered',
		search: true,
		guidance: { max: 100, warnAbove: 200 },
	},
	/** 6. Lessons that carry over to every touchpoint. */
	{
		key: 'insights',
		kinds: ['mot'],
		required: true,
		shape: 'lines',
		label: { zh: '启发', en: 'Insights' },
		hint: {
			zh: '能推广到所有接触点的经验，每行一条。约 {max} 字。',
			en: 'Lessons for every touchpoint, one per line. About {max} characters.',
		},
		placeholder: '可以推广到所有环节的启发',
		example: ['可以推广到所有环节的启发'],
		part: 6,
		section: 'insights',
		slides: 'analysis',
		list: 'unordered',
		search: true,
		guidance: { max: 100, warnAbove: 200 },
	},
	/** S: the setting. */
	{
		key: 'situation',
		kinds: ['scqa'],
		required: true,
		shape: 'text',
		label: { zh: '情境 S', en: 'Situation' },
		hint: {
			zh: '当时的情境：谁、在哪里、要办什么。',
			en: 'The setting: who, where, what they came to do.',
		},
		placeholder: 'S 情境',
		example: '当时的情境',
		section: 'situation',
		slides: 'story',
		search: true,
	},
	/** C: the service conflict, tied to the customer's pain point. */
	{
		key: 'complication',
		kinds: ['scqa'],
		required: true,
		shape: 'text',
		label: { zh: '冲突 C', en: 'Complication' },
		hint: {
			zh: '服务冲突，要紧扣客户的痛点。',
			en: 'The service conflict, tied to the customer’s pain point.',
		},
		placeholder: 'C 服务冲突，紧扣客户痛点',
		example: '服务冲突：紧扣客户痛点',
		section: 'complication',
		slides: 'story',
		search: true,
	},
	/** Q: what had to be solved. */
	{
		key: 'question',
		kinds: ['scqa'],
		required: true,
		shape: 'text',
		label: { zh: '问题 Q', en: 'Question' },
		hint: { zh: '需要解决的问题是什么。', en: 'What had to be solved.' },
		placeholder: 'Q 需要解决的问题',
		example: '需要解决的问题',
		section: 'question',
		slides: 'story',
		search: true,
	},
	/** A: steps, remedies and value. */
	{
		key: 'answer',
		kinds: ['scqa'],
		required: true,
		shape: 'record',
		parts: [
			{
				key: 'steps',
				shape: 'lines',
				label: { zh: '服务步骤', en: 'Steps' },
				hint: { zh: '每行一步。', en: 'One step per line.' },
				name: 'steps',
				list: 'ordered',
				nextTime: true,
			},
			{
				key: 'remedies',
				shape: 'choices',
				label: { zh: '补救策略', en: 'Remedy strategies' },
				options: remedyStrategies,
				name: 'remedies',
				list: 'unordered',
				facet: 'remedy',
				css: { class: 'remedies', attr: 'remedy' },
			},
			{
				key: 'value',
				shape: 'text',
				label: { zh: '服务价值', en: 'Value created' },
				hint: {
					zh: '客户的反馈：这次服务创造了什么价值。',
					en: 'The customer’s feedback: the value this service created.',
				},
				name: 'value',
			},
		],
		label: { zh: '解决 A', en: 'Answer' },
		placeholder: {
			steps: ['第一步', '第二步'],
			remedies: ['follow-up'],
			value: '服务价值:客户的反馈',
		},
		example: { steps: ['第一步', '第二步'], remedies: ['follow-up'], value: '客户的反馈' },
		section: 'answer',
		slides: 'analysis',
		layout: 'headed',
		search: true,
	},
	/** The moment as explore → propose → act → confirm, each step with the customer's perception after it. */
	{
		key: 'interaction',
		kinds: both,
		required: false,
		shape: 'rows',
		columns: [
			{
				key: 'step',
				shape: 'choice',
				label: { zh: '步骤', en: 'Step' },
				options: interactionSteps,
			},
			{
				key: 'text',
				shape: 'text',
				label: { zh: '说了什么、做了什么', en: 'What was said or done' },
			},
			{ key: 'perception', shape: 'scale', label: { zh: '之后的感知', en: 'Perception after it' } },
		],
		label: { zh: '互动与感知曲线', en: 'Interaction and perception curve' },
		hint: {
			zh: '按探求、提议、行动、确认逐步写，每步之后客户的感知（−3 到 +3）。',
			en: 'Step by step: explore, propose, act, confirm, each with the customer’s perception after it (−3 to +3).',
		},
		example: [{ step: 'explore', text: '复述客户要办的业务，请她确认', perception: 1 }],
		section: 'interaction',
		slides: 'analysis',
		layout: 'curve',
		search: true,
		guide: 'interaction-and-perception',
	},
	/** For a complaint: the CLEAR steps actually taken, each with what was said or done. */
	{
		key: 'complaintHandling',
		kinds: both,
		required: false,
		shape: 'record',
		parts: clearSteps.list.map((step) => ({
			key: step.key,
			shape: 'text' as const,
			label: step.label,
			optional: true,
		})),
		label: { zh: '投诉处理（CLEAR）', en: 'Complaint handling (CLEAR)' },
		hint: {
			zh: '投诉案例填写：实际做了的步骤各写一句；没做的空着，页面上会显示“未做到”。',
			en: 'For a complaint: one sentence per step actually taken; leave a step out and the page shows it as not taken.',
		},
		example: { listen: '让客户把经过说完，复述确认', resolve: '当场退还多收的费用' },
		section: 'complaint-handling',
		slides: 'analysis',
		layout: 'points',
		css: { class: 'keypoints clear-steps', item: 'keypoint clear-step', attr: 'step' },
		missing: { zh: '未做到', en: 'Not taken' },
		search: true,
		guide: 'clear-complaints',
	},
	/** Discussion questions for a class (请思考). */
	{
		key: 'questions',
		kinds: both,
		required: false,
		shape: 'lines',
		label: { zh: '请思考', en: 'Questions for discussion' },
		hint: { zh: '课堂讨论的问题，每行一个。', en: 'For discussion in class, one per line.' },
		placeholder: '课堂讨论的问题，可删去',
		example: ['客户最在意的是什么？'],
		section: 'questions',
		slides: 'questions',
		list: 'ordered',
		search: true,
		report: true,
	},
	{
		key: 'related',
		kinds: both,
		required: false,
		shape: 'special',
		label: { zh: '相关案例', en: 'Related cases' },
		example: ['hotline-callback-promise'],
		section: 'related',
		report: true,
	},
	{
		key: 'aliases',
		kinds: both,
		required: false,
		shape: 'special',
		label: { zh: '旧编号', en: 'Former ids' },
		example: ['airport-lounge-gold-card'],
	},
	{
		key: 'authors',
		kinds: both,
		required: true,
		shape: 'special',
		label: { zh: '作者', en: 'Authors' },
		placeholder: '作者或部门',
		example: ['培训部'],
	},
	{
		key: 'published',
		kinds: both,
		required: true,
		shape: 'special',
		label: { zh: '发布', en: 'Published' },
		example: '2026-11-21',
	},
	{
		key: 'updated',
		kinds: both,
		required: false,
		shape: 'special',
		label: { zh: '更新', en: 'Updated' },
		example: '2026-11-30',
	},
];

/** The fields a kind of case has, in file order. */
export const fieldsOf = (kind: CaseKind, registry: readonly CaseField[] = caseFields) =>
	registry.filter((field) => field.kinds.includes(kind));

/** The fields the registry alone describes (every shape but `special`: no schema, form controls or markup of their own). */
export const plainFieldsOf = (kind: CaseKind, registry: readonly CaseField[] = caseFields) =>
	fieldsOf(kind, registry).filter((field) => field.shape !== 'special');

/** Frontmatter keys in file order (the writer's and the contract's order). */
export const fieldOrder = (registry: readonly CaseField[] = caseFields) =>
	registry.map((field) => field.key);

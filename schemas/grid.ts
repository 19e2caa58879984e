/**
 * The customer-journey grid (4 rows × 5 stages, 4 points per cell), from the MOT course
 * (module 1 "客户导向的营销布局"). This file is the only place the grid's codes
 * and labels are written down: the schema, checker, site, form and tests all import it.
 * Chinese labels are the course's own words and must not be edited; English labels are ours.
 */

import type { Label } from './locales.ts';

export type { Label } from './locales.ts';

export const rowCodes = ['U', 'P', 'C', 'S'] as const;
export type RowCode = (typeof rowCodes)[number];

export const stageNumbers = [1, 2, 3, 4, 5] as const;
export type StageNumber = (typeof stageNumbers)[number];

export const pointNumbers = [1, 2, 3, 4] as const;
export type PointNumber = (typeof pointNumbers)[number];

export interface GridRow {
	/** Row letter used in cell codes. */
	code: RowCode;
	/** Stable English key, used in URLs of filters. */
	key: 'unknown' | 'potential' | 'closed' | 'leaving';
	label: Label;
	/** Other names the course uses for the same row. */
	aliases?: readonly string[];
}

export interface GridStage {
	number: StageNumber;
	label: Label;
	/** The short form shown in narrow table headers. */
	short: Label;
}

export const gridRows: readonly GridRow[] = [
	{ code: 'U', key: 'unknown', label: { zh: '未知客户', en: 'Unknown customer' } },
	{ code: 'P', key: 'potential', label: { zh: '潜在客户', en: 'Potential customer' } },
	{ code: 'C', key: 'closed', label: { zh: '成交客户', en: 'Closed (won) customer' } },
	{
		code: 'S',
		key: 'leaving',
		label: { zh: '离开客户', en: 'Leaving / switching customer' },
		aliases: ['转移客户'],
	},
];

export const gridStages: readonly GridStage[] = [
	{
		number: 1,
		label: { zh: '接触点(第一印象)', en: 'Touchpoint (first impression)' },
		short: { zh: '接触点', en: 'Touchpoint' },
	},
	{
		number: 2,
		label: { zh: '初次认知(认真了解)', en: 'First understanding' },
		short: { zh: '初次认知', en: 'Understanding' },
	},
	{
		number: 3,
		label: { zh: '态度形成(难以改变)', en: 'Attitude forming (hard to change)' },
		short: { zh: '态度形成', en: 'Attitude' },
	},
	{
		number: 4,
		label: { zh: '行为预测(投票行动)', en: 'Predicted behaviour (voting with feet)' },
		short: { zh: '行为预测', en: 'Behaviour' },
	},
	{
		number: 5,
		label: { zh: '营销重点', en: 'Focus for the company' },
		short: { zh: '营销重点', en: 'Focus' },
	},
];

/** The four points of every cell, in the course's order (.1 … .4). */
const points: Readonly<Record<string, readonly [Label, Label, Label, Label]>> = {
	U1: [
		{ zh: '媒体广告', en: 'Media advertising' },
		{ zh: '营销活动', en: 'Marketing events' },
		{ zh: '销售展示', en: 'Sales displays' },
		{ zh: '周围影响', en: 'Word of mouth' },
	],
	U2: [
		{ zh: '兴趣好奇', en: 'Interest and curiosity' },
		{ zh: '参与体验', en: 'Trying it out' },
		{ zh: '了解知识', en: 'Learning about it' },
		{ zh: '打听认识', en: 'Asking around' },
	],
	U3: [
		{ zh: '企业认同', en: 'Identifying with the company' },
		{ zh: '感性印象', en: 'Emotional impression' },
		{ zh: '理性评价', en: 'Rational judgement' },
		{ zh: '从众意识', en: 'Following the crowd' },
	],
	U4: [
		{ zh: '无动于衷', en: 'Indifferent' },
		{ zh: '感同身受', en: 'Feels with it' },
		{ zh: '积极思考', en: 'Actively considering' },
		{ zh: '自动自发', en: 'Acts on own initiative' },
	],
	U5: [
		{ zh: '渠道管控', en: 'Channel management' },
		{ zh: '广告传播', en: 'Advertising reach' },
		{ zh: '建立品牌', en: 'Brand building' },
		{ zh: '社会影响力', en: 'Social influence' },
	],
	P1: [
		{ zh: '销售展示', en: 'Sales displays' },
		{ zh: '周围影响', en: 'Word of mouth' },
		{ zh: '媒体广告', en: 'Media advertising' },
		{ zh: '营销活动', en: 'Marketing events' },
	],
	P2: [
		{ zh: '产品认知', en: 'Product knowledge' },
		{ zh: '关系建立', en: 'Building a relationship' },
		{ zh: '感性信任', en: 'Emotional trust' },
		{ zh: '理性认同', en: 'Rational agreement' },
	],
	P3: [
		{ zh: '产品利益', en: 'Product benefits' },
		{ zh: '人的信任', en: 'Trust in people' },
		{ zh: '态度一致', en: 'Shared attitude' },
		{ zh: '强化信任', en: 'Reinforced trust' },
	],
	P4: [
		{ zh: '关注细节', en: 'Attention to detail' },
		{ zh: '广泛比较', en: 'Comparing widely' },
		{ zh: '关注价格', en: 'Attention to price' },
		{ zh: '采购行为', en: 'Buying' },
	],
	P5: [
		{ zh: '销售技能', en: 'Sales skills' },
		{ zh: '销售效率', en: 'Sales efficiency' },
		{ zh: '理解客户', en: 'Understanding the customer' },
		{ zh: '产品演示和利益传播', en: 'Demonstrating the product and its benefits' },
	],
	C1: [
		{ zh: '营业大厅', en: 'Service hall' },
		{ zh: '服务热线', en: 'Service hotline' },
		{ zh: '技术人员', en: 'Technicians' },
		{ zh: '媒体报道', en: 'Media coverage' },
	],
	C2: [
		{ zh: '及时解决', en: 'Solved in time' },
		{ zh: '专业水准', en: 'Professional standard' },
		{ zh: '超越期望', en: 'Beyond expectations' },
		{ zh: '自动认同', en: 'Spontaneous approval' },
	],
	C3: [
		{ zh: '初步好感', en: 'First goodwill' },
		{ zh: '绝对认可', en: 'Full endorsement' },
		{ zh: '初步歉意', en: 'First apology' },
		{ zh: '引以为豪', en: 'Pride in the choice' },
	],
	C4: [
		{ zh: '重复采购', en: 'Buying again' },
		{ zh: '加入会员', en: 'Joining the membership' },
		{ zh: '周围推荐', en: 'Recommending to others' },
		{ zh: '广为宣传', en: 'Spreading the word' },
	],
	C5: [
		{ zh: '售后服务', en: 'After-sales service' },
		{ zh: '快速支援', en: 'Fast support' },
		{ zh: '超值体验', en: 'Experience beyond value' },
		{ zh: '忠诚建立以及推荐作用', en: 'Building loyalty and referrals' },
	],
	S1: [
		{ zh: '营业大厅', en: 'Service hall' },
		{ zh: '服务人员', en: 'Service staff' },
		{ zh: '技术人员', en: 'Technicians' },
		{ zh: '中层领导', en: 'Middle managers' },
	],
	S2: [
		{ zh: '遗忘角落', en: 'Forgotten corner' },
		{ zh: '不再重视', en: 'No longer valued' },
		{ zh: '态度恶劣', en: 'Bad attitude' },
		{ zh: '官僚体系', en: 'Bureaucracy' },
	],
	S3: [
		{ zh: '总是麻烦', en: 'Always a hassle' },
		{ zh: '无法理喻', en: 'Unreasonable' },
		{ zh: '不被理解', en: 'Not understood' },
		{ zh: '自高自大', en: 'Arrogant' },
	],
	S4: [
		{ zh: '暂时不用', en: 'Stops using for now' },
		{ zh: '脱离关系', en: 'Breaks off' },
		{ zh: '接触对手', en: 'Talks to competitors' },
		{ zh: '传播恶名', en: 'Spreads a bad name' },
	],
	S5: [
		{ zh: '了解实情', en: 'Finding out what happened' },
		{ zh: '设计补偿', en: 'Designing compensation' },
		{ zh: '强化服务', en: 'Strengthening service' },
		{ zh: '长久思路', en: 'Long-term thinking' },
	],
};

/**
 * The checklist every cell page of the course carries (所有可能考虑到的细节): the same four
 * questions for the people who own a cell.
 */
export const cellChecklist: readonly { key: string; label: Label }[] = [
	{
		key: 'requests',
		label: {
			zh: '在接触点,客户可能提出的所有要求列表',
			en: 'Everything customers may ask for at this point',
		},
	},
	{
		key: 'solvable',
		label: { zh: '在接触点,我们可以立刻解决的问题清单', en: 'What we can solve on the spot' },
	},
	{
		key: 'obstacles',
		label: { zh: '解决这些问题所需要克服的所有障碍清单', en: 'The obstacles to solving the rest' },
	},
	{
		key: 'culture',
		label: {
			zh: '统一以客户满意为导向的企业文化',
			en: 'A company culture aimed at customer satisfaction',
		},
	},
];

export type CellCode = `${RowCode}${StageNumber}`;

export interface GridPoint {
	/** `C1.2` */
	code: string;
	number: PointNumber;
	label: Label;
	/** Its anchor on the cell page: `c1-2` (`/grid/c1/#c1-2`). */
	anchor: string;
}

export interface GridCell {
	/** `C1` */
	code: CellCode;
	row: GridRow;
	stage: GridStage;
	points: readonly GridPoint[];
}

export const gridCells: readonly GridCell[] = gridRows.flatMap((row) =>
	gridStages.map((stage): GridCell => {
		const code = `${row.code}${stage.number}` as CellCode;
		const labels = points[code];
		if (!labels) throw new Error(`grid data: no points for ${code}`);
		return {
			code,
			row,
			stage,
			points: labels.map((label, i) => ({
				code: `${code}.${i + 1}`,
				number: (i + 1) as PointNumber,
				label,
				anchor: `${code.toLowerCase()}-${i + 1}`,
			})),
		};
	}),
);

const cellsByCode = new Map<string, GridCell>(gridCells.map((cell) => [cell.code, cell]));

/** Every valid reference a case may use in `grid`: 20 cells and 80 points. */
export const gridReferenceCodes: readonly string[] = gridCells.flatMap((cell) => [
	cell.code,
	...cell.points.map((p) => p.code),
]);

export interface GridReference {
	cell: GridCell;
	point?: GridPoint;
}

/** Parses `C1` or `C1.2` (case-insensitive); undefined when it is not on the grid. */
export function parseGridCode(code: string): GridReference | undefined {
	const match = /^([UPCS][1-5])(?:\.([1-4]))?$/i.exec(code.trim());
	if (!match) return undefined;
	const cell = cellsByCode.get(match[1]!.toUpperCase());
	if (!cell) return undefined;
	const point = match[2] ? cell.points[Number(match[2]) - 1] : undefined;
	return { cell, point };
}

export function getCell(code: string): GridCell | undefined {
	return cellsByCode.get(code.toUpperCase());
}

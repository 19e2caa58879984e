/**
 * The course's fixed vocabularies (the MOT course, SCQA service extraction, service levels):
 * the values a case may use in its enum fields, each with its Chinese and English label. The
 * schema takes its enums from here and the site and the form take their labels from here, so a
 * label is written once.
 */
import { sameInEvery, type Label } from './locales.ts';

export interface Term<K extends string = string> {
	key: K;
	label: Label;
}

function terms<const K extends string>(list: readonly Term<K>[]) {
	return {
		list,
		keys: list.map((t) => t.key) as unknown as readonly [K, ...K[]],
		label: (key: K): Label => list.find((t) => t.key === key)?.label ?? sameInEvery(key),
	};
}

export const caseKinds = terms([
	{ key: 'mot', label: { zh: '关键时刻案例', en: 'Moment-of-truth case' } },
	{ key: 'scqa', label: { zh: 'SCQA 服务经验萃取', en: 'SCQA service story' } },
]);

export const peopleSides = terms([
	{ key: 'customer', label: { zh: '客户', en: 'Customer' } },
	{ key: 'staff', label: { zh: '我方员工', en: 'Our staff' } },
	{ key: 'partner', label: { zh: '合作方', en: 'Partner' } },
	{ key: 'other', label: { zh: '其他', en: 'Other' } },
]);

/** Item 2 of the MOT template: 要求, 需求, 索求. */
export const demandTypes = terms([
	{ key: 'request', label: { zh: '要求', en: 'Request' } },
	{ key: 'need', label: { zh: '需求', en: 'Need' } },
	{ key: 'claim', label: { zh: '索求', en: 'Claim' } },
]);

/** "The next process is your customer" (SCQA service extraction). */
export const scopes = terms([
	{ key: 'external', label: { zh: '外部客户', en: 'External customer' } },
	{ key: 'internal', label: { zh: '内部客户', en: 'Internal customer' } },
	{ key: 'partner', label: { zh: '合作伙伴', en: 'Partner' } },
]);

export const outcomes = terms([
	{ key: 'positive', label: { zh: '正面典范', en: 'A model to follow' } },
	{ key: 'negative', label: { zh: '反面教训', en: 'A lesson' } },
	{ key: 'mixed', label: { zh: '得失参半', en: 'Mixed' } },
]);

/** SERVQUAL dimensions (SCQA service extraction). */
export const servqualDimensions = terms([
	{ key: 'tangibles', label: { zh: '有形度', en: 'Tangibles' } },
	{ key: 'assurance', label: { zh: '专业度', en: 'Assurance' } },
	{ key: 'responsiveness', label: { zh: '反应度', en: 'Responsiveness' } },
	{ key: 'reliability', label: { zh: '信赖度', en: 'Reliability' } },
	{ key: 'empathy', label: { zh: '同理度', en: 'Empathy' } },
]);

/** The six remedy strategies of the SCQA template. */
export const remedyStrategies = terms([
	{ key: 'expectations', label: { zh: '提前告知', en: 'Manage expectations' } },
	{ key: 'follow-up', label: { zh: '主动跟进', en: 'Follow up' } },
	{ key: 'promise', label: { zh: '承诺兑现', en: 'Keep the promise' } },
	{ key: 'upgrade', label: { zh: '服务升级', en: 'One-to-one upgrade' } },
	{ key: 'flexibility', label: { zh: '程序优化', en: 'Flexible procedure' } },
	{ key: 'details', label: { zh: '细节到位', en: 'Details, stop escalation' } },
]);

/** Key points of the MOT template, item 4. */
export const keyPointLevels = terms([
	{ key: 'critical', label: { zh: '最关键点', en: 'Most critical' } },
	{ key: 'secondary', label: { zh: '次关键点', en: 'Secondary' } },
	{ key: 'basic', label: { zh: '基本要点', en: 'Basic' } },
]);

/** The customer's perception after a moment of truth (the MOT course), +3 … −3. */
export const perceptionScale = { min: -3, max: 3 } as const;

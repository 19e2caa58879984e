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

/** The four key touchpoints of a business scene (MOT course): where in the scene the moment falls. */
export const touchpoints = terms([
	{ key: 'pre-contact', label: { zh: '预接触', en: 'Pre-contact' } },
	{ key: 'first-contact', label: { zh: '首接触', en: 'First contact' } },
	{ key: 'core', label: { zh: '核心触点', en: 'Core touchpoint' } },
	{ key: 'last-contact', label: { zh: '末接触', en: 'Last contact' } },
]);

/** The five service standards, lowest first: what the staff's service reached. */
export const serviceLevels = terms([
	{ key: 'basic', label: { zh: '基础', en: 'Basic' } },
	{ key: 'expected', label: { zh: '预期', en: 'Expected' } },
	{ key: 'desired', label: { zh: '期望', en: 'Desired' } },
	{ key: 'surprising', label: { zh: '惊喜', en: 'Surprising' } },
	{ key: 'unbelievable', label: { zh: '不可思议', en: 'Unbelievable' } },
]);

/** KANO: the three layers of a customer's demand. */
export const kanoLevels = terms([
	{ key: 'basic', label: { zh: '基本需求', en: 'Basic need' } },
	{ key: 'performance', label: { zh: '期望需求', en: 'Performance need' } },
	{ key: 'excitement', label: { zh: '兴奋需求', en: 'Excitement need' } },
]);

/** The four steps of an interaction, in the order the course teaches them. */
export const interactionSteps = terms([
	{ key: 'explore', label: { zh: '探求', en: 'Explore' } },
	{ key: 'propose', label: { zh: '提议', en: 'Propose' } },
	{ key: 'act', label: { zh: '行动', en: 'Act' } },
	{ key: 'confirm', label: { zh: '确认', en: 'Confirm' } },
]);

/** CLEAR, the five steps of handling a complaint, in order. */
export const clearSteps = terms([
	{ key: 'control', label: { zh: '控制情绪', en: 'Control' } },
	{ key: 'listen', label: { zh: '聆听诉说', en: 'Listen' } },
	{ key: 'establish', label: { zh: '同理链接', en: 'Establish' } },
	{ key: 'apologize', label: { zh: '表达歉意', en: 'Apologize' } },
	{ key: 'resolve', label: { zh: '提出方案', en: 'Resolve' } },
]);

/** DISC: the four communication styles a customer may show. */
export const discStyles = terms([
	{ key: 'D', label: { zh: 'D 型 · 掌控主导', en: 'D · Dominant' } },
	{ key: 'I', label: { zh: 'I 型 · 热情表达', en: 'I · Influencing' } },
	{ key: 'S', label: { zh: 'S 型 · 稳健温和', en: 'S · Steady' } },
	{ key: 'C', label: { zh: 'C 型 · 严谨求证', en: 'C · Conscientious' } },
]);

/** The customer's perception after a moment of truth (the MOT course), +3 … −3. */
export const perceptionScale = { min: -3, max: 3 } as const;

/**
 * How complete a case is: which optional parts a reviewer would like to see are filled. Shown
 * by `npm run check -- --report`, so reviewers see at a glance what a pull request could add.
 */
import type { CaseData } from '../../schemas/case.ts';
import type { MessageLang } from './messages.ts';

interface Part {
	key: string;
	label: Record<MessageLang, string>;
	filled: (data: CaseData, body: string) => boolean;
}

export const completenessParts: readonly Part[] = [
	{ key: 'questions', label: { zh: '讨论问题', en: 'questions' }, filled: (d) => Boolean(d.questions?.length) },
	{ key: 'related', label: { zh: '相关案例', en: 'related' }, filled: (d) => Boolean(d.related?.length) },
	{ key: 'outcome', label: { zh: '结果', en: 'outcome' }, filled: (d) => d.outcome !== undefined },
	{ key: 'perception', label: { zh: '客户感知', en: 'perception' }, filled: (d) => d.perception !== undefined },
	{ key: 'servqual', label: { zh: '服务质量维度', en: 'SERVQUAL' }, filled: (d) => Boolean(d.servqual?.length) },
	{ key: 'tags', label: { zh: '标签', en: 'tags' }, filled: (d) => Boolean(d.tags?.length) },
	{ key: 'time.end', label: { zh: '结束时间', en: 'end time' }, filled: (d) => Boolean(d.time.end) },
	{ key: 'point', label: { zh: '方格要点', en: 'grid point' }, filled: (d) => d.grid.some((code) => code.includes('.')) },
	{ key: 'story', label: { zh: '正文故事', en: 'story' }, filled: (d, body) => d.kind === 'mot' || Boolean(body.trim()) },
];

export interface Completeness {
	file: string;
	id: string;
	/** 0–100. */
	score: number;
	missing: string[];
}

export function completeness(file: string, data: CaseData, body: string): Completeness {
	const missing = completenessParts.filter((part) => !part.filled(data, body)).map((part) => part.key);
	return { file, id: data.id, score: Math.round((100 * (completenessParts.length - missing.length)) / completenessParts.length), missing };
}

export function formatReport(rows: readonly Completeness[], lang: MessageLang = 'zh'): string {
	const labels = new Map(completenessParts.map((p) => [p.key, p.label[lang]]));
	const lines = rows.map((row) => {
		const missing = row.missing.length ? ` ${lang === 'zh' ? '可补充' : 'could add'}: ${row.missing.map((k) => labels.get(k)).join(lang === 'zh' ? '、' : ', ')}` : '';
		return `${String(row.score).padStart(3)}% ${row.id} (${row.file})${missing}`;
	});
	const average = rows.length ? Math.round(rows.reduce((sum, r) => sum + r.score, 0) / rows.length) : 0;
	lines.push(lang === 'zh' ? `完整度平均 ${average}%(${rows.length} 个案例)` : `average completeness ${average}% (${rows.length} cases)`);
	return lines.join('\n');
}

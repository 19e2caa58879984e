/**
 * How complete a case is: which optional parts a reviewer would like to see are filled. Shown
 * by `npm run check -- --report`, so reviewers see at a glance what a pull request could add.
 */
import type { CaseData } from '../../schemas/case.ts';
import { defaultLocale, type Locale } from '../../schemas/locales.ts';
import { translatorFor } from '../i18n/translations.ts';

interface Part {
	/** Its label is `report.part.<key>` in the translation files. */
	key:
		| 'questions'
		| 'related'
		| 'outcome'
		| 'perception'
		| 'servqual'
		| 'tags'
		| 'time.end'
		| 'point'
		| 'story';
	filled: (data: CaseData, body: string) => boolean;
}

export const completenessParts: readonly Part[] = [
	{ key: 'questions', filled: (d) => Boolean(d.questions?.length) },
	{ key: 'related', filled: (d) => Boolean(d.related?.length) },
	{ key: 'outcome', filled: (d) => d.outcome !== undefined },
	{ key: 'perception', filled: (d) => d.perception !== undefined },
	{ key: 'servqual', filled: (d) => Boolean(d.servqual?.length) },
	{ key: 'tags', filled: (d) => Boolean(d.tags?.length) },
	{ key: 'time.end', filled: (d) => Boolean(d.time.end) },
	{ key: 'point', filled: (d) => d.grid.some((code) => code.includes('.')) },
	{ key: 'story', filled: (d, body) => d.kind === 'mot' || Boolean(body.trim()) },
];

export interface Completeness {
	file: string;
	id: string;
	/** 0–100. */
	score: number;
	missing: string[];
}

export function completeness(file: string, data: CaseData, body: string): Completeness {
	const missing = completenessParts
		.filter((part) => !part.filled(data, body))
		.map((part) => part.key);
	return {
		file,
		id: data.id,
		score: Math.round(
			(100 * (completenessParts.length - missing.length)) / completenessParts.length,
		),
		missing,
	};
}

export function formatReport(rows: readonly Completeness[], lang: Locale = defaultLocale): string {
	const t = translatorFor(lang, 'check');
	const partLabel = (key: string) =>
		completenessParts.some((part) => part.key === key)
			? t(`report.part.${key as Part['key']}`)
			: key;
	const lines = rows.map((row) => {
		const missing = row.missing.length
			? ` ${t('report.couldAdd', { parts: row.missing.map(partLabel).join(t('report.separator')) })}`
			: '';
		return `${String(row.score).padStart(3)}% ${row.id} (${row.file})${missing}`;
	});
	const average = rows.length
		? Math.round(rows.reduce((sum, r) => sum + r.score, 0) / rows.length)
		: 0;
	lines.push(t('report.average', { average, n: rows.length }));
	return lines.join('\n');
}

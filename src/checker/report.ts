/**
 * How complete a case is: which optional parts a reviewer would like to see are filled. Shown
 * by `npm run check -- --report`, so reviewers see at a glance what a pull request could add.
 * The parts and their names are the field registry's (`report`).
 */
import { caseFields, fieldsOf, type CaseField } from '../../schemas/case-fields.ts';
import type { CaseData } from '../../schemas/case.ts';
import { defaultLocale, type Label, type Locale } from '../../schemas/locales.ts';
import { translatorFor } from '../i18n/translations.ts';

interface Part {
	key: string;
	label: Label;
	filled: (data: CaseData, body: string) => boolean;
}

const isFilled = (value: unknown) =>
	Array.isArray(value)
		? value.length > 0
		: typeof value === 'string'
			? value.trim() !== ''
			: value !== undefined && value !== null;

/** What the report asks for, in registry order: every field with `report` (schemas/case-fields.ts). */
export function completenessParts(registry: readonly CaseField[] = caseFields): Part[] {
	return registry.flatMap((field): Part[] => {
		const check = field.report;
		if (!check) return [];
		const value = (data: CaseData) => (data as unknown as Record<string, unknown>)[field.key];
		return check === true
			? [{ key: field.key, label: field.label, filled: (data) => isFilled(value(data)) }]
			: [
					{
						key: check.key,
						label: check.label,
						filled: (data, body) => check.filled(value(data), body),
					},
				];
	});
}

export interface Completeness {
	file: string;
	id: string;
	/** 0–100. */
	score: number;
	missing: string[];
}

export function completeness(
	file: string,
	data: CaseData,
	body: string,
	registry: readonly CaseField[] = caseFields,
): Completeness {
	const parts = completenessParts(fieldsOf(data.kind, registry));
	const missing = parts.filter((part) => !part.filled(data, body)).map((part) => part.key);
	return {
		file,
		id: data.id,
		score: Math.round((100 * (parts.length - missing.length)) / parts.length),
		missing,
	};
}

export function formatReport(rows: readonly Completeness[], lang: Locale = defaultLocale): string {
	const t = translatorFor(lang, 'check');
	const labels = new Map(completenessParts().map((part) => [part.key, part.label[lang]]));
	const partLabel = (key: string) => labels.get(key) ?? key;
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

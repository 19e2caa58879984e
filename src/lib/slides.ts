/**
 * A case as a sequence of slides for class. Groups let the class mode reorder them: the
 * discussion questions come right after the story and the analysis waits, so a class discusses
 * before it reads the solution.
 */
import {
	caseFields,
	plainFieldsOf,
	type CaseField,
	type FieldPart,
} from '../../schemas/case-fields.ts';
import type { CaseData } from '../../schemas/case.ts';
import { optionLabel } from '../../schemas/field-values.ts';
import { signedNumber } from '../../schemas/limits.ts';
import { label, type Locale, type UiKey } from '../i18n/ui.ts';
import { markdownToText } from '../search/records.ts';
import type { SlideGroup } from './class-order.ts';
import { formatList } from '../i18n/translate.ts';

export interface Slide {
	group: SlideGroup;
	/** Name for a link straight to it (`#questions`), on the first slide of its kind. */
	name?: string;
	/** UI string for the heading, or literal heading text. */
	heading: { key: UiKey } | { text: string };
	/** Paragraphs, or a list when `list` is set. */
	lines: string[];
	list?: 'ordered' | 'unordered';
}

/** Splits an account into slides of about `size` characters, at paragraph and sentence ends. */
export function storyParts(body: string, size = 160): string[][] {
	const paragraphs = markdownToText(body)
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
		.filter(Boolean);
	const sentences = paragraphs.flatMap((p) => p.match(/[^。！？!?]+[。！？!?」”]*|.+$/g) ?? [p]);
	const parts: string[][] = [];
	let current: string[] = [];
	let length = 0;
	for (const sentence of sentences) {
		const count = [...sentence].length;
		if (current.length && length + count > size) {
			parts.push(current);
			current = [];
			length = 0;
		}
		current.push(sentence);
		length += count;
	}
	if (current.length) parts.push(current);
	return parts.map((part) => [part.join('')]);
}

const texts = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const record = (value: unknown) =>
	value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/** A part's value as slide lines: a text is one line, a list its items, options their labels. */
function partLines(part: FieldPart, value: unknown, lang: Locale): string[] {
	if (part.optional && (value === undefined || value === '')) return [];
	if (part.shape === 'scale') return typeof value === 'number' ? [signedNumber(value)] : [];
	if (part.shape === 'choice') return [label(optionLabel(part.options, String(value)), lang)];
	if (part.shape === 'choices')
		return texts(value).map((key) => label(optionLabel(part.options, key), lang));
	return part.shape === 'lines' ? texts(value) : [String(value ?? '')];
}

/** The slides of one field, the first named after its section. */
function fieldSlides(field: CaseField, value: unknown, group: SlideGroup, lang: Locale): Slide[] {
	const heading = { text: label(field.label, lang) };
	const slides: Omit<Slide, 'group' | 'name'>[] = [];
	if (field.shape === 'text') {
		if (typeof value === 'string') slides.push({ heading, lines: [value] });
	} else if (field.shape === 'lines') {
		const items = texts(value);
		// Discussion questions: one slide each.
		if (group === 'questions') slides.push(...items.map((item) => ({ heading, lines: [item] })));
		else if (items.length) slides.push({ heading, lines: items, list: field.list ?? 'unordered' });
	} else if (field.shape === 'rows') {
		const rows = (Array.isArray(value) ? value : []).map(record);
		const columns = field.columns ?? [];
		if (field.layout === 'grouped') {
			// One slide per option, in the vocabulary's order.
			const by = columns.find((column) => column.shape === 'choice')!;
			const shown = columns.filter((column) => column !== by);
			for (const option of by.options?.list ?? []) {
				const items = rows
					.filter((row) => row[by.key] === option.key)
					.map((row) =>
						shown.flatMap((column) => partLines(column, row[column.key], lang)).join(' · '),
					);
				if (items.length)
					slides.push({
						heading: { text: label(option.label, lang) },
						lines: items,
						list: 'unordered',
					});
			}
		} else if (rows.length)
			slides.push({
				heading,
				lines: rows.map((row) =>
					columns.flatMap((column) => partLines(column, row[column.key], lang)).join(' —— '),
				),
				list: 'unordered',
			});
	} else if (field.shape === 'record' && value !== undefined) {
		const parts = field.parts ?? [];
		const data = record(value);
		if (field.layout === 'headed')
			slides.push(
				...parts.map((part) => ({
					heading: { text: label(part.label, lang) },
					lines: partLines(part, data[part.key], lang),
					...(part.shape === 'lines' || part.shape === 'choices'
						? { list: part.list ?? ('unordered' as const) }
						: {}),
				})),
			);
		else
			slides.push({
				heading,
				lines: parts.flatMap((part) => {
					const shown = partLines(part, data[part.key], lang);
					// An optional part left out: its `missing` text, or nothing.
					if (!shown.length && part.optional)
						return field.missing
							? [`${label(part.label, lang)}:${label(field.missing, lang)}`]
							: [];
					return [`${label(part.label, lang)}:${formatList(lang, shown)}`];
				}),
			});
	}
	return slides.map((slide, i) => ({
		group,
		name: i === 0 ? field.section : undefined,
		...slide,
	}));
}

/** Slides of the registry's fields in a group, in registry order. */
function registrySlides(
	data: CaseData,
	group: SlideGroup,
	lang: Locale,
	registry: readonly CaseField[] = caseFields,
): Slide[] {
	return plainFieldsOf(data.kind, registry)
		.filter((field) => field.slides === group)
		.flatMap((field) =>
			fieldSlides(field, (data as unknown as Record<string, unknown>)[field.key], group, lang),
		);
}

export function caseSlides(
	data: CaseData,
	body: string,
	lang: Locale,
	registry: readonly CaseField[] = caseFields,
): Slide[] {
	const slides: Slide[] = [];
	const people = data.people.map((p) => `${p.name} · ${p.role}`);
	slides.push({
		group: 'opening',
		name: 'facts',
		heading: { key: 'case.facts' },
		lines: [
			data.time.start.replace('T', ' ') +
				(data.time.end ? ` – ${data.time.end.replace('T', ' ')}` : ''),
			data.place,
			...people,
			// The registry's `choice` fields (touchpoint, service standard, DISC style) when given.
			...plainFieldsOf(data.kind, registry).flatMap((field) => {
				const value = (data as unknown as Record<string, unknown>)[field.key];
				return field.shape === 'choice' && typeof value === 'string'
					? [`${label(field.label, lang)}:${label(optionLabel(field.options, value), lang)}`]
					: [];
			}),
		],
	});

	const story = storyParts(body);
	if (data.kind === 'scqa') {
		slides.push(...registrySlides(data, 'story', lang, registry));
		story.forEach((lines, i) =>
			slides.push({
				group: 'story',
				name: i === 0 ? 'story' : undefined,
				heading: { key: 'case.story' },
				lines,
			}),
		);
		slides.push(...registrySlides(data, 'analysis', lang, registry));
	} else {
		story.forEach((lines, i) =>
			slides.push({
				group: 'story',
				name: i === 0 ? 'narrative' : undefined,
				heading: { key: 'case.narrative' },
				lines,
			}),
		);
		slides.push(...registrySlides(data, 'analysis', lang, registry));
	}
	slides.push(...registrySlides(data, 'questions', lang, registry));
	return slides;
}

/**
 * A case as a sequence of slides for class. Groups let the class mode reorder them: the
 * discussion questions come right after the story and the analysis waits, so a class discusses
 * before it reads the answer.
 */
import { caseFields, plainFieldsOf, type CaseField } from '../../schemas/case-fields.ts';
import type { CaseData } from '../../schemas/case.ts';
import { demandTypes, keyPointLevels, remedyStrategies } from '../../schemas/course-vocabulary.ts';
import { label, type Locale, type UiKey } from '../i18n/ui.ts';
import { markdownToText } from '../search/records.ts';
import type { SlideGroup } from './class-order.ts';

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

/**
 * Slides of the registry's plain fields in a group, in registry order: a text is one slide, a
 * list one slide (numbered or bulleted) — except discussion questions, one slide each.
 */
function plainSlides(
	data: CaseData,
	group: SlideGroup,
	lang: Locale,
	registry: readonly CaseField[] = caseFields,
): Slide[] {
	return plainFieldsOf(data.kind, registry)
		.filter((field) => field.slides === group)
		.flatMap((field): Slide[] => {
			const value = (data as unknown as Record<string, unknown>)[field.key];
			const heading = { text: field.label[lang] };
			if (typeof value === 'string')
				return [{ group, name: field.section, heading, lines: [value] }];
			const items = Array.isArray(value) ? value.map(String) : [];
			if (!items.length) return [];
			if (group === 'questions')
				return items.map((item, i) => ({
					group,
					name: i === 0 ? field.section : undefined,
					heading,
					lines: [item],
				}));
			return [
				{ group, name: field.section, heading, lines: items, list: field.list ?? 'unordered' },
			];
		});
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
		],
	});

	const story = storyParts(body);
	if (data.kind === 'scqa') {
		slides.push(...plainSlides(data, 'story', lang, registry));
		story.forEach((lines, i) =>
			slides.push({
				group: 'story',
				name: i === 0 ? 'story' : undefined,
				heading: { key: 'case.story' },
				lines,
			}),
		);
		slides.push(
			{
				group: 'analysis',
				name: 'answer',
				heading: { key: 'case.steps' },
				lines: data.answer.steps,
				list: 'ordered',
			},
			{
				group: 'analysis',
				heading: { key: 'case.remedies' },
				lines: data.answer.remedies.map((r) => label(remedyStrategies.label(r), lang)),
				list: 'unordered',
			},
			{ group: 'analysis', heading: { key: 'case.value' }, lines: [data.answer.value] },
		);
	} else {
		story.forEach((lines, i) =>
			slides.push({
				group: 'story',
				name: i === 0 ? 'narrative' : undefined,
				heading: { key: 'case.narrative' },
				lines,
			}),
		);
		// One slide per type of demand, in the course's order; `#demands` opens the first of them.
		const demandSlides: Slide[] = [];
		for (const type of demandTypes.list) {
			const items = data.demands.filter((d) => d.type === type.key).map((d) => d.text);
			if (items.length)
				demandSlides.push({
					group: 'analysis',
					name: demandSlides.length === 0 ? 'demands' : undefined,
					heading: { text: label(type.label, lang) },
					lines: items,
					list: 'unordered',
				});
		}
		slides.push(...demandSlides);
		if (data.gaps.length)
			slides.push({
				group: 'analysis',
				name: 'gaps',
				heading: { key: 'case.gaps' },
				lines: data.gaps.map((g) => `${g.demand} —— ${g.reason}`),
				list: 'unordered',
			});
		slides.push({
			group: 'analysis',
			name: 'key-points',
			heading: { key: 'case.keyPoints' },
			lines: keyPointLevels.list.map(
				(level) => `${label(level.label, lang)}:${data.keyPoints[level.key]}`,
			),
		});
		slides.push(...plainSlides(data, 'analysis', lang, registry));
	}
	slides.push(...plainSlides(data, 'questions', lang, registry));
	return slides;
}

/**
 * The live preview: the case as its page shows it, built from the form's fields with DOM
 * calls only (text is never parsed as HTML), using the case page's own classes so it looks
 * the same. The narrative's Markdown is shown as paragraphs, headings and lists.
 */
import { demandTypes, keyPointLevels, peopleSides, remedyStrategies } from '../../../schemas/course-vocabulary.ts';
import type { Yamlish } from '../../authoring/serialize.ts';
import type { Locale } from '../../i18n/ui.ts';
import { formatTimeRange } from '../../lib/format.ts';

type Labels = Record<string, string>;
type Child = Node | string | false | undefined | null;

function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	for (const child of children) if (child) element.append(child);
	return element;
}

const text = (value: Yamlish | undefined) => (typeof value === 'string' ? value : '');
const list = (value: Yamlish | undefined) => (Array.isArray(value) ? value : []);
const record = (value: Yamlish | undefined) => (value && typeof value === 'object' && !Array.isArray(value) ? value : {});

function section(title: string, ...children: Child[]): HTMLElement {
	return h('section', {}, h('h4', {}, title), ...children);
}

/** Paragraphs, `#` headings and `-`/`1.` lists: enough Markdown to judge a narrative. */
function markdownBlocks(markdown: string): HTMLElement[] {
	return markdown
		.split(/\n\s*\n/)
		.map((block) => block.trim())
		.filter(Boolean)
		.map((block) => {
			const heading = /^#{1,6}\s+(.*)$/.exec(block);
			if (heading) return h('h5', {}, heading[1]!);
			const items = block.split('\n');
			if (items.every((line) => /^\s*(?:[-*+]|\d+\.)\s+/.test(line))) {
				const ordered = /^\s*\d+\./.test(items[0]!);
				return h(ordered ? 'ol' : 'ul', {}, ...items.map((line) => h('li', {}, line.replace(/^\s*(?:[-*+]|\d+\.)\s+/, ''))));
			}
			return h('p', {}, block.replace(/\s*\n\s*/g, ' '));
		});
}

export function renderPreview(target: HTMLElement, fields: Record<string, Yamlish>, body: string, labels: Labels, lang: Locale): void {
	const time = record(fields.time) as Record<string, Yamlish>;
	const people = list(fields.people) as Record<string, Yamlish>[];
	const parts: Child[] = [
		h('h3', { class: 'preview-title' }, text(fields.title) || '…'),
		text(fields.summary) && h('p', { class: 'lead' }, text(fields.summary)),
		section(
			labels.facts!,
			h('dl', { class: 'facts' },
				h('dt', {}, labels.time!), h('dd', {}, text(time.start) ? h('time', { datetime: text(time.start) }, formatTimeRange(text(time.start), text(time.end) || undefined)) : text(time.end)),
				h('dt', {}, labels.place!), h('dd', {}, text(fields.place)),
				h('dt', {}, labels.people!), h('dd', {}, h('ul', { class: 'people' }, ...people.map((p) => h('li', {}, `${text(p.name)} · ${text(p.role)} `, h('span', { class: 'side' }, peopleSides.label(text(p.side) as never)[lang]))))),
			),
		),
	];
	if (fields.kind === 'mot') {
		const demands = list(fields.demands) as Record<string, Yamlish>[];
		const gaps = list(fields.gaps) as Record<string, Yamlish>[];
		const keyPoints = record(fields.keyPoints) as Record<string, Yamlish>;
		parts.push(
			section(labels.narrative!, h('div', { class: 'narrative' }, ...markdownBlocks(body))),
			section(labels.demands!, ...demandTypes.list.map((type) => {
				const items = demands.filter((d) => d.type === type.key);
				return items.length > 0 && h('div', { class: 'demand-group', 'data-type': type.key }, h('h5', {}, type.label[lang]), h('ul', {}, ...items.map((d) => h('li', {}, text(d.text)))));
			})),
			section(labels.gaps!, h('table', { class: 'gaps' },
				h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, labels.gapDemand!), h('th', { scope: 'col' }, labels.gapReason!))),
				h('tbody', {}, ...gaps.map((g) => h('tr', {}, h('td', {}, text(g.demand)), h('td', {}, text(g.reason))))),
			)),
			section(labels.keyPoints!, h('div', { class: 'keypoints' }, ...keyPointLevels.list.map((level) => h('p', { class: 'keypoint', 'data-level': level.key }, h('strong', {}, level.label[lang]), text(keyPoints[level.key]))))),
			section(labels.processChanges!, h('ol', {}, ...list(fields.processChanges).map((item) => h('li', {}, text(item))))),
			section(labels.insights!, h('ul', {}, ...list(fields.insights).map((item) => h('li', {}, text(item))))),
		);
	} else {
		const answer = record(fields.answer) as Record<string, Yamlish>;
		parts.push(
			section(labels.situation!, h('p', {}, text(fields.situation))),
			section(labels.complication!, h('p', {}, text(fields.complication))),
			section(labels.question!, h('p', {}, text(fields.question))),
			section(labels.answer!,
				h('h5', {}, labels.steps!), h('ol', {}, ...list(answer.steps).map((step) => h('li', {}, text(step)))),
				h('h5', {}, labels.remedies!), h('ul', { class: 'remedies' }, ...list(answer.remedies).map((key) => h('li', {}, remedyStrategies.label(text(key) as never)[lang]))),
				h('h5', {}, labels.value!), h('p', {}, text(answer.value)),
			),
			body.trim() && section(labels.story!, h('div', { class: 'narrative' }, ...markdownBlocks(body))),
		);
	}
	const questions = list(fields.questions);
	if (questions.length) parts.push(section(labels.questions!, h('ol', {}, ...questions.map((q) => h('li', {}, text(q))))));
	target.replaceChildren(...parts.filter((part): part is Node | string => Boolean(part)));
}

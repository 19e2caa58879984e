/**
 * Related cases picked by title (RelatedField.astro): the published cases' titles as the text
 * box's suggestions, a case added when its title (or id) is chosen or typed and Enter pressed,
 * the chosen ones as chips whose buttons remove them. The ids live in the hidden `related`
 * control, so the form state, drafts and edited files keep ids as before. A case is found by
 * its title, its translated titles (`en.title`) or its id; the form shows the title in its own
 * language when the case has one.
 */
import type { PublishedCase } from '../../authoring/check-draft.ts';
import { fillTemplate } from '../../i18n/translate.ts';
import type { Locale } from '../../../schemas/locales.ts';

export interface RelatedLabels {
	/** "Remove {title}". */
	remove: string;
	/** "No published case has the title or id “{text}”." */
	unknown: string;
	/** "Added: {title}". */
	added: string;
}

export interface RelatedPicker {
	/** The published cases to choose from (the edited case itself left out); draws the chips again when the ids changed underneath (a draft restored, the form cleared). */
	setCases(cases: readonly PublishedCase[]): void;
}

const ids = (text: string) => text.split(/[\s,，、]+/).filter(Boolean);
const norm = (text: string) => text.trim().toLowerCase();

export function startRelatedPicker(labels: RelatedLabels, lang: Locale): RelatedPicker | undefined {
	const found = document.getElementById('author-related');
	if (!(found instanceof HTMLInputElement)) return undefined;
	const hidden = found;
	const pick = document.getElementById('author-related-pick') as HTMLInputElement;
	const list = document.getElementById('author-related-list') as HTMLDataListElement;
	const chips = document.getElementById('author-related-chips') as HTMLUListElement;
	const status = document.getElementById('author-related-status')!;
	let cases: readonly PublishedCase[] = [];
	let drawn = '';

	/** The name the author reads: its title in the form's language when the case has one. */
	const nameOf = (c: PublishedCase) => c.titles?.[lang] || c.title;
	const names = (c: PublishedCase) =>
		[c.title, ...Object.values(c.titles ?? {})].filter(Boolean).map(norm);
	const titleOf = (id: string) => {
		const found = cases.find((c) => c.id === id);
		return found && nameOf(found);
	};

	function draw(): void {
		const chosen = ids(hidden.value);
		const key = JSON.stringify([chosen, cases.map((c) => c.id)]);
		if (key === drawn) return;
		drawn = key;
		chips.replaceChildren(
			...chosen.map((id) => {
				const item = document.createElement('li');
				item.className = 'chip';
				item.dataset.id = id;
				const title = titleOf(id) ?? id;
				const name = document.createElement('span');
				name.textContent = title;
				name.title = id;
				const remove = document.createElement('button');
				remove.type = 'button';
				remove.className = 'chip-remove';
				remove.textContent = '×';
				remove.setAttribute('aria-label', fillTemplate(labels.remove, { title }));
				item.append(name, remove);
				return item;
			}),
		);
		list.replaceChildren(
			...cases
				.filter((c) => !chosen.includes(c.id))
				.map((c) => {
					const option = document.createElement('option');
					option.value = nameOf(c);
					option.label = c.id;
					return option;
				}),
		);
	}

	function setIds(next: string[]): void {
		hidden.value = next.join(' ');
		draw();
		// The form reads the hidden control on its next update, as after any typing.
		hidden.dispatchEvent(new Event('input', { bubbles: true }));
	}

	/** The case a typed text names: its exact title, English title or id, else the one case whose title or id contains it. */
	function match(text: string): PublishedCase | undefined {
		const wanted = norm(text);
		if (!wanted) return undefined;
		const exact = cases.find((c) => names(c).includes(wanted) || c.id === wanted);
		if (exact) return exact;
		const partial = cases.filter(
			(c) => c.id.includes(wanted) || names(c).some((name) => name.includes(wanted)),
		);
		return partial.length === 1 ? partial[0] : undefined;
	}

	function add(found: PublishedCase): void {
		const chosen = ids(hidden.value);
		if (!chosen.includes(found.id)) setIds([...chosen, found.id]);
		pick.value = '';
		status.textContent = fillTemplate(labels.added, { title: nameOf(found) });
	}

	// A suggestion chosen from the list replaces the text at once (no typing in between).
	pick.addEventListener('input', (event) => {
		const chosenFromList =
			!(event instanceof InputEvent) || event.inputType === 'insertReplacementText';
		const found = chosenFromList ? match(pick.value) : undefined;
		if (found && names(found).includes(norm(pick.value))) add(found);
	});
	pick.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter' || event.isComposing) return;
		event.preventDefault();
		if (!pick.value.trim()) return;
		const found = match(pick.value);
		if (found) add(found);
		else status.textContent = fillTemplate(labels.unknown, { text: pick.value.trim() });
	});
	chips.addEventListener('click', (event) => {
		const button = (event.target as HTMLElement).closest('button');
		const item = button?.closest<HTMLLIElement>('li');
		if (!item) return;
		const next = (item.nextElementSibling ?? item.previousElementSibling) as HTMLElement | null;
		const nextId = next?.dataset.id;
		setIds(ids(hidden.value).filter((id) => id !== item.dataset.id));
		status.textContent = '';
		// Focus stays in the list: the next chip's button, else the text box.
		(nextId
			? chips.querySelector<HTMLElement>(`li[data-id="${CSS.escape(nextId)}"] button`)
			: pick
		)?.focus();
	});

	return {
		setCases(list) {
			cases = list;
			draw();
		},
	};
}

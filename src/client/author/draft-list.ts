/**
 * The list of the author's drafts on `/author/`: each with its title, kind, last change and,
 * once proposed, its pull request; open one, start a new one, delete one. Opening and starting
 * are navigations (`?draft=<id>`): the form saves the draft it leaves on the way out.
 */
import { caseKinds } from '../../../schemas/course-vocabulary.ts';
import { authorTranslations } from '../../i18n/author.ts';
import type { Locale } from '../../i18n/ui.ts';
import { createUrls } from '../../lib/urls.ts';
import { defaultLocale, isLocale } from '../../../schemas/locales.ts';
import {
	createDraft,
	currentDraft,
	deleteDraft,
	draftsChanged,
	readIndex,
	type DraftEntry,
} from './draft.ts';

export function startDraftList(): void {
	const section = document.getElementById('author-drafts');
	const list = document.getElementById('author-draft-list');
	if (!section || !list) return;
	const root = document.documentElement;
	const lang = document.getElementById('author')!.dataset.lang as Locale;
	const a = authorTranslations(lang);
	const defaultLang = root.dataset.defaultLang;
	const urls = createUrls(
		root.dataset.base ?? '/',
		isLocale(defaultLang) ? defaultLang : defaultLocale,
	);
	const status = document.getElementById('author-drafts-status')!;
	const when = new Intl.DateTimeFormat(root.lang || undefined, {
		dateStyle: 'medium',
		timeStyle: 'short',
	});
	const titleOf = (entry: DraftEntry) => entry.title || a('drafts.untitled');
	/** A damaged time never breaks the list (`format` throws on an invalid date). */
	const formatTime = (iso: string) => {
		const date = new Date(iso);
		return Number.isNaN(date.getTime()) ? a('drafts.dateUnknown') : when.format(date);
	};
	/** How many drafts show before "show all": the form stays near the top on a phone. */
	const shown = 5;
	let expanded = false;
	const more = document.createElement('button');
	more.type = 'button';
	more.className = 'secondary drafts-more';
	more.setAttribute('aria-controls', list.id);
	list.after(more);
	more.addEventListener('click', () => {
		expanded = !expanded;
		render();
	});

	function item(entry: DraftEntry): HTMLLIElement {
		const li = document.createElement('li');
		li.className = 'draft';
		li.dataset.draft = entry.id;
		const main = document.createElement('div');
		main.className = 'draft-main';
		const title = document.createElement(entry.id === currentDraft() ? 'strong' : 'a');
		title.className = 'draft-title';
		title.textContent = titleOf(entry);
		if (title instanceof HTMLAnchorElement) title.href = urls.authorDraft(entry.id, lang);
		else li.setAttribute('aria-current', 'true');
		const head = document.createElement('span');
		head.append(title);
		if (entry.id === currentDraft()) {
			const now = document.createElement('span');
			now.className = 'draft-now';
			now.textContent = a('drafts.current');
			head.append(' · ', now);
		}
		main.append(head);
		const meta = document.createElement('span');
		meta.className = 'meta';
		const kind = caseKinds.list.find((term) => term.key === entry.kind)?.label[lang] ?? entry.kind;
		const time = document.createElement('time');
		time.dateTime = entry.updated;
		time.textContent = formatTime(entry.updated);
		meta.append(
			`${kind} · ${entry.edit ? a('drafts.edit', { id: entry.edit }) : a('drafts.newCase')} · ${a('drafts.changed')} `,
			time,
		);
		main.append(meta);
		if (entry.proposed) {
			const proposed = document.createElement('span');
			proposed.className = 'draft-proposed';
			const link = document.createElement('a');
			link.href = entry.proposed.url;
			link.textContent = a('drafts.pull', { number: entry.proposed.number });
			proposed.append(a('drafts.proposed'), link);
			main.append(proposed);
			// The last result of its checks this browser saw (checks-watch.ts).
			const checks = entry.proposed.checks;
			if (checks) {
				const result = document.createElement('span');
				result.className = `draft-checks draft-checks-${checks.state}`;
				result.textContent =
					checks.state === 'pending'
						? a('drafts.checksPending', { time: formatTime(checks.at) })
						: a(`checks.${checks.state}`, { n: checks.failed });
				main.append(result);
			}
		}
		const remove = document.createElement('button');
		remove.type = 'button';
		remove.className = 'secondary';
		remove.dataset.delete = entry.id;
		remove.textContent = a('drafts.delete');
		remove.setAttribute('aria-label', a('drafts.deleteLabel', { title: titleOf(entry) }));
		li.append(main, remove);
		return li;
	}

	function render(): void {
		const drafts = readIndex().drafts.sort((x, y) => y.updated.localeCompare(x.updated));
		const items = drafts.map(item);
		// The newest few, and the open one wherever it is; the rest behind "show all".
		items.forEach((li, i) => {
			li.hidden = !expanded && i >= shown && li.dataset.draft !== currentDraft();
		});
		list!.replaceChildren(...items);
		more.hidden = drafts.length <= shown;
		more.setAttribute('aria-expanded', String(expanded));
		more.textContent = expanded ? a('drafts.showFewer') : a('drafts.showAll', { n: drafts.length });
		section!.hidden = false;
	}

	document.getElementById('author-new-draft')!.addEventListener('click', () => {
		window.location.assign(urls.authorDraft(createDraft(), lang));
	});
	list.addEventListener('click', (event) => {
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-delete]');
		if (!button) return;
		const id = button.dataset.delete!;
		const entry = readIndex().drafts.find((d) => d.id === id);
		if (!entry || !window.confirm(a('drafts.deleteConfirm', { title: titleOf(entry) }))) return;
		const next =
			button.closest('li')?.nextElementSibling ?? button.closest('li')?.previousElementSibling;
		deleteDraft(id);
		if (id === currentDraft()) {
			// The form was showing it: open the newest other draft, or a new one.
			const other = readIndex().drafts.sort((x, y) => y.updated.localeCompare(x.updated))[0];
			window.location.assign(urls.authorDraft(other?.id ?? createDraft(), lang));
			return;
		}
		status.textContent = a('drafts.deleted', { title: titleOf(entry) });
		(
			list.querySelector<HTMLElement>(
				`li[data-draft="${CSS.escape((next as HTMLElement | null)?.dataset.draft ?? '')}"] button`,
			) ?? document.getElementById('author-new-draft')
		)?.focus();
	});
	window.addEventListener(draftsChanged, render);
	// Another tab saved or deleted a draft.
	window.addEventListener('storage', (event) => {
		if (event.key?.startsWith('mot-handbook:author-drafts:')) render();
	});
	render();
}

/**
 * The authoring form's behaviour: every change re-reads the form, writes the MDX, runs the
 * checker over it (the same code `npm run check` runs), and updates the messages beside the
 * fields, the live counts, the preview, the output and the saved draft.
 */
import './zod-jitless.ts';
import type { Problem } from '../../checker/problem.ts';
import {
	findAsciiPunctuation,
	applyEdits,
	fixAsciiPunctuation,
} from '../../checker/chinese-punctuation.ts';
import {
	formMessage,
	plainLabel,
	type ControlKind,
	type FormPlace,
} from '../../authoring/form-messages.ts';
import type { PublishedCase } from '../../authoring/check-draft.ts';
import {
	emptyFormState,
	fieldPathCandidates,
	formFieldPath,
	formToCase,
	suggestedId,
	type FormState,
	type GroupName,
} from '../../authoring/form-model.ts';
import { caseToMdx } from '../../authoring/serialize.ts';
import { caseFilePath } from '../../../schemas/case.ts';
import { today } from '../../authoring/scaffold.ts';
import { guidanceRange, guidedPartLengths, lengthGuidance } from '../../../schemas/guidance.ts';
import type { Vocabulary } from '../../../schemas/vocabulary.ts';
import { authorTranslations } from '../../i18n/author.ts';
import type { Locale } from '../../i18n/ui.ts';
import { addRow, readForm, removeRow, writeForm, type RowLabels } from './form-dom.ts';
import { createDraftChecker } from './check-client.ts';
import { renderPreview } from './preview.ts';
import type { ViewLabels, ViewNode } from '../../lib/case-view.ts';
import {
	loadDraft,
	saveDraft,
	clearDraft,
	setAsideDraft,
	hasEditSession,
	markProposed,
	currentProposal,
	proposedHash,
	noteChecks,
} from './draft.ts';
import { showSetAside } from './set-aside-notice.ts';
import { copyText, downloadText, proposeUrl } from './output.ts';
import type { EditSession, OpenedCase } from './edit-session.ts';
import { editUrl, repositoryPath } from '../../lib/repository.ts';
import { startTokenSignIn } from './token.ts';
import { resumeChecks } from './checks-resume.ts';
import { startDateFields } from './date-fields.ts';
import { startRelatedPicker } from './related-picker.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function startAuthorForm(): void {
	const root = $('author');
	const form = $<HTMLFormElement>('author-form');
	const lang = root.dataset.lang as Locale;
	const a = authorTranslations(lang);
	const checker = createDraftChecker(JSON.parse(root.dataset.vocabulary!) as Vocabulary);
	const repository = root.dataset.repository
		? (JSON.parse(root.dataset.repository) as { url: string; branch: string })
		: undefined;
	const labels: RowLabels = { remove: a('removeRow') };
	const previewLabels = JSON.parse($('author-preview').dataset.labels!) as ViewLabels;
	startDateFields(form);
	const related = startRelatedPicker(
		{
			remove: a('related.remove'),
			unknown: a('related.unknown'),
			added: a('related.added'),
		},
		lang,
	);
	let published: PublishedCase[] = [];
	let showAll = false;
	let pending: number | undefined;
	/** Until the author changes something, the status says the draft was restored. */
	let edited = false;
	let current = { mdx: '', file: '', problems: [] as Problem[] };
	/** The body as the preview last showed it (the worker parses it). */
	let previewBody: ViewNode[] = [];
	/** The check of the newest draft, which runs in a worker. */
	let checking: Promise<void> = Promise.resolve();
	/** A published case opened with `?edit=<id>`: the file the output edits; its code loads only then. */
	let editing:
		| {
				session: EditSession;
				opened: OpenedCase;
				baseline: FormState;
				module: typeof import('./edit-session.ts');
		  }
		| undefined;
	const knownTags = (JSON.parse(root.dataset.vocabulary!) as Vocabulary).tags;
	const base = document.documentElement.dataset.base ?? '/';

	const draft = loadDraft(document.documentElement.dataset.base ?? '/');
	let setAsideAs = draft.setAsideAs;
	try {
		writeForm(form, draft.state ?? emptyFormState(today()), labels);
	} catch {
		// A draft that passed the schema but still cannot be shown: set aside too, never stuck on "loading".
		setAsideAs = setAsideDraft();
		writeForm(form, emptyFormState(today()), labels);
	}
	if (setAsideAs) {
		showSetAside($('author-draft-notice'), setAsideAs, a);
	} else if (draft.state) $('author-draft-status').textContent = a('draftRestored');
	root.hidden = false;
	$('author-loading').remove();

	function update(): void {
		window.clearTimeout(pending);
		pending = undefined;
		const state = readForm(form);
		showKind(state.kind);
		const taken = new Set(published.flatMap((c) => [c.id, ...c.aliases]));
		const fromForm = formToCase(state);
		if (!fromForm.fields.id) fromForm.fields.id = suggestedId(state, taken);
		const id = String(fromForm.fields.id);
		$<HTMLInputElement>('author-id').placeholder = id;
		const mdx = editing
			? editing.module.savedCaseText(editing.opened, state, editing.baseline)
			: caseToMdx(fromForm.fields, fromForm.body);
		const file = editing ? editing.session.file : caseFilePath(id);
		current = { mdx, file, problems: current.problems };
		// The worker replies with the problems and the body as the preview shows it (from its
		// syntax tree); until then the preview shows the new fields with the body last parsed.
		// An edited case is not a clash with its own published copy.
		const others = editing ? published.filter((c) => c.id !== editing!.session.id) : published;
		// Related cases are chosen among the others too (and the chips follow a restored draft).
		related?.setCases(others);
		checking = checker.check(file, mdx, fromForm.body, others).then((reply) => {
			if (!reply) return;
			current.problems = reply.problems;
			showProblems(reply.problems, fromForm.rows);
			previewBody = reply.body;
			renderPreview($('author-preview'), fromForm.fields, previewBody, previewLabels, lang);
		});
		renderPreview($('author-preview'), fromForm.fields, previewBody, previewLabels, lang);
		showCounts(state, fromForm.fields);
		$<HTMLTextAreaElement>('author-mdx').value = mdx;
		$('author-download').textContent = a('download', { file: `${id}.mdx` });
		saveDraft(state);
		if (edited) $('author-draft-status').textContent = a('draftSaved');
	}

	function showKind(kind: FormState['kind']): void {
		for (const part of form.querySelectorAll<HTMLElement>('[data-kind]'))
			part.hidden = part.dataset.kind !== kind;
		const bodyLabel = form.querySelector<HTMLElement>('label[for="author-body"]')!;
		const bodyHint = $('author-body-hint');
		bodyLabel.textContent = a(kind === 'mot' ? 'body.label.mot' : 'body.label.scqa');
		bodyHint.textContent = a(kind === 'mot' ? 'body.hint.mot' : 'body.hint.scqa');
		$('author-body-count').hidden = kind !== 'mot';
	}

	/** The wrapper a problem belongs to: its exact field, else the nearest enclosing one that is shown. */
	function wrapperFor(field: string): HTMLElement | undefined {
		for (const candidate of fieldPathCandidates(field)) {
			const found = [
				...form.querySelectorAll<HTMLElement>(`[data-field="${CSS.escape(candidate)}"]`),
			].find((el) => !el.closest('[hidden]'));
			if (found) return found;
		}
		return undefined;
	}

	/** The field as the author sees it: its label, and how it is filled in. */
	function placeOf(wrapper: HTMLElement | undefined): FormPlace | undefined {
		if (!wrapper) return undefined;
		const name = wrapper.querySelector(':scope > label, :scope > legend')?.textContent ?? '';
		const control = wrapper.querySelector<HTMLInputElement>(':scope > input, :scope > select');
		const kind: ControlKind = wrapper.matches('[data-group]')
			? 'group'
			: wrapper.matches('.choices')
				? 'choices'
				: control instanceof HTMLSelectElement
					? 'select'
					: control?.dataset.when
						? control.type === 'date'
							? 'date'
							: 'datetime'
						: 'text';
		// A date or time left half typed reads as empty: say what is missing, not "empty".
		return {
			label: plainLabel(name),
			control: kind,
			incomplete: control?.validity.badInput,
			empty: control?.value === '',
		};
	}

	function showProblems(problems: Problem[], rows: Parameters<typeof formFieldPath>[1]): void {
		for (const slot of form.querySelectorAll('.field-problems')) slot.replaceChildren();
		for (const control of form.querySelectorAll('[aria-invalid]'))
			control.removeAttribute('aria-invalid');
		const summary: HTMLLIElement[] = [];
		let shownErrors = 0;
		let hiddenErrors = 0;
		// An empty field is told once that it is empty, not also that it is too short.
		const empty = new Set(
			problems.filter((p) => p.rule === 'required' && p.field).map((p) => p.field),
		);
		// A field with several punctuation fixes also gets one button for them all.
		const fixable = new Map<HTMLElement, { problems: Problem[]; control?: HTMLElement | null }>();
		for (const problem of problems) {
			if (problem.rule !== 'required' && empty.has(problem.field)) continue;
			const wrapper = problem.field ? wrapperFor(formFieldPath(problem.field, rows)) : undefined;
			// An untouched field keeps quiet until the author leaves it or asks for the whole check.
			if (!showAll && wrapper?.dataset.touched === undefined) {
				if (problem.severity === 'error') hiddenErrors++;
				continue;
			}
			if (problem.severity === 'error') shownErrors++;
			const place = placeOf(wrapper);
			const message = formMessage(problem, lang, place);
			const control = wrapper?.querySelector<HTMLElement>(
				'input:not([type="hidden"]), textarea, select',
			);
			if (wrapper) {
				const item = problemItem(problem, message);
				const fix = fixButton([problem], wrapper, control, a('applyFix'));
				if (fix) {
					item.append(' ', fix);
					const group = fixable.get(wrapper) ?? { problems: [], control };
					group.problems.push(problem);
					fixable.set(wrapper, group);
				}
				wrapper.querySelector(':scope > .field-problems')?.append(item);
				if (
					problem.severity === 'error' &&
					control &&
					wrapper.querySelector('.field-problems') ===
						control.parentElement?.querySelector(':scope > .field-problems')
				)
					control.setAttribute('aria-invalid', 'true');
			}
			const item = problemItem(problem, '');
			const link = document.createElement('a');
			link.href = `#${control?.id ?? 'author-form'}`;
			// The form's messages name their field; the checker's own (personal data, MDX) get it in front.
			link.textContent =
				place?.label && !message.toLowerCase().includes(place.label.toLowerCase())
					? a('problemInField', { field: place.label, message })
					: message;
			item.append(link);
			summary.push(item);
		}
		for (const [wrapper, { problems: group, control }] of fixable) {
			if (group.length < 2) continue;
			const item = document.createElement('li');
			item.className = 'problem fix-all';
			item.append(fixButton(group, wrapper, control, a('applyFixAll', { n: group.length }))!);
			wrapper.querySelector(':scope > .field-problems')?.prepend(item);
		}
		// A picker left half filled gives no value, so the checker sees nothing (an end time just
		// goes missing): the form says so itself.
		for (const picker of form.querySelectorAll<HTMLInputElement>('input[data-when]')) {
			const wrapper = picker.closest<HTMLElement>('.field')!;
			const slot = wrapper.querySelector(':scope > .field-problems');
			if (!picker.validity.badInput || !slot || slot.childElementCount > 0) continue;
			if (!showAll && wrapper.dataset.touched === undefined) continue;
			const place = placeOf(wrapper)!;
			const message = a(place.control === 'date' ? 'form.date' : 'form.dateTime', {
				label: place.label,
			});
			const item = problemItem({ severity: 'warning', rule: 'time-format' } as Problem, message);
			slot.append(item);
			const listed = problemItem({ severity: 'warning', rule: 'time-format' } as Problem, '');
			const link = document.createElement('a');
			link.href = `#${picker.id}`;
			link.textContent = message;
			listed.append(link);
			summary.push(listed);
		}
		$('author-problems').replaceChildren(...summary);
		const status = $('author-status');
		const text = shownErrors
			? a('status.errors', { n: shownErrors })
			: hiddenErrors
				? a('status.quiet')
				: summary.length
					? a('status.warnings', { n: summary.length })
					: a('status.ok');
		if (status.textContent !== text) status.textContent = text;
		status.dataset.state = shownErrors ? 'errors' : hiddenErrors ? 'quiet' : 'ok';
	}

	/**
	 * "Apply this fix" for problems the checker can fix safely (Chinese punctuation) in one field:
	 * the same change made to the field's text, which the next check reads.
	 */
	function fixButton(
		fixes: Problem[],
		wrapper: HTMLElement,
		control: HTMLElement | null | undefined,
		text: string,
	): HTMLButtonElement | undefined {
		if (fixes.some((p) => p.message !== 'punctuation.ascii' || !p.edits?.length)) return undefined;
		const field = control ?? wrapper.querySelector<HTMLElement>('textarea, input');
		if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement))
			return undefined;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'apply-fix';
		button.textContent = text;
		button.addEventListener('click', () => {
			const fixed = fixedText(fixes, field.value);
			if (fixed === undefined || fixed === field.value) return;
			field.value = fixed;
			field.focus();
			field.dispatchEvent(new Event('input', { bubbles: true }));
		});
		return button;
	}

	/**
	 * The field's text with these problems fixed. The body: the checker's edits, moved from the
	 * file to the body's text (they touch only text the MDX syntax tree reads as prose). Other
	 * fields: the first run in the text that a problem names, or every run for several.
	 */
	function fixedText(fixes: Problem[], text: string): string | undefined {
		if (fixes.length > 1 && fixes[0]!.field !== 'body') return fixAsciiPunctuation(text);
		const problem = fixes[0]!;
		if (problem.field === 'body') {
			// After the frontmatter's closing line (the page does not load the YAML parser for this).
			const bodyAt = current.mdx.indexOf(text.trim(), current.mdx.indexOf('\n---', 3) + 4);
			if (bodyAt < 0) return undefined;
			const start = bodyAt - text.indexOf(text.trim());
			const fileEdits = fixes.flatMap((p) => p.edits!);
			const edits = fileEdits.map((edit) => ({
				index: edit.offset - start,
				remove: edit.remove,
				insert: edit.insert,
			}));
			// Typed over since the check: the edits no longer point at what they fix.
			const stale = fileEdits.some(
				(edit, i) =>
					current.mdx.slice(edit.offset, edit.offset + edit.remove) !==
					text.slice(edits[i]!.index, edits[i]!.index + edit.remove),
			);
			return stale ? undefined : applyEdits(text, edits);
		}
		const run = findAsciiPunctuation(text).find(
			(r) => r.text === problem.params?.value && r.fixed === problem.params?.fixed,
		);
		return run ? applyEdits(text, run.edits) : undefined;
	}

	function problemItem(problem: Problem, message: string): HTMLLIElement {
		const item = document.createElement('li');
		item.className = `problem ${problem.severity}`;
		item.dataset.rule = problem.rule;
		if (message) item.textContent = message;
		return item;
	}

	function showCounts(state: FormState, fields: ReturnType<typeof formToCase>['fields']): void {
		const parts = guidedPartLengths({ ...(fields as object), body: state.body } as Parameters<
			typeof guidedPartLengths
		>[0]);
		for (const counter of form.querySelectorAll<HTMLElement>('.count')) {
			const max = Number(counter.dataset.countMax);
			const part = lengthGuidance.find((g) => g.part === counter.dataset.countPart);
			if (max) {
				const count = [
					...(state as unknown as Record<string, string>)[counter.dataset.countFor!]!.trim(),
				].length;
				counter.textContent = a('countMax', { count, max });
				counter.classList.toggle('over', count > max);
			} else if (part) {
				const count = parts[part.part] ?? 0;
				counter.textContent = a('countRange', { count, range: guidanceRange(part) });
				counter.classList.toggle(
					'over',
					count > part.warnAbove ||
						(part.warnBelow !== undefined && count > 0 && count < part.warnBelow),
				);
			}
		}
	}

	const schedule = () => {
		window.clearTimeout(pending);
		pending = window.setTimeout(update, 120);
	};
	const touch = (target: EventTarget | null) => {
		for (
			let el = (target as HTMLElement | null)?.closest<HTMLElement>('.field');
			el;
			el = el.parentElement?.closest<HTMLElement>('.field')
		)
			el.dataset.touched = '';
	};
	form.addEventListener('input', (event) => {
		edited = true;
		touch(event.target);
		schedule();
	});
	form.addEventListener('change', (event) => {
		edited = true;
		touch(event.target);
		schedule();
	});
	// Leaving a field counts as having seen it: a required field left empty says so then.
	form.addEventListener('focusout', (event) => {
		const target = event.target as HTMLElement;
		if (
			!target.matches('input[type="text"], input[data-when], textarea') ||
			target.closest('.field')?.hasAttribute('data-touched')
		)
			return;
		touch(target);
		schedule();
	});
	form.addEventListener('click', (event) => {
		const button = (event.target as HTMLElement).closest('button');
		if (!button) return;
		if (button.dataset.add) {
			const row = addRow(form, button.dataset.add as GroupName, labels);
			row.querySelector<HTMLElement>('[data-key]')?.focus();
			schedule();
		} else if (button.hasAttribute('data-remove')) {
			const next = removeRow(form, button.closest('li')!, labels);
			(
				next?.querySelector<HTMLElement>('[data-key]') ??
				form.querySelector<HTMLElement>(`[data-add]`)
			)?.focus();
			schedule();
		}
	});
	$('author-clear').addEventListener('click', () => {
		if (!window.confirm(a('clearConfirm'))) return;
		clearDraft();
		editing?.module.storeSession(base, undefined);
		editing = undefined;
		if (new URLSearchParams(window.location.search).has('edit'))
			window.history.replaceState(null, '', window.location.pathname);
		for (const wrapper of form.querySelectorAll<HTMLElement>('[data-touched]'))
			delete wrapper.dataset.touched;
		showAll = false;
		writeForm(form, emptyFormState(today()), labels);
		update();
		form.querySelector<HTMLElement>('input, textarea, select')?.focus();
	});
	$('author-problems').addEventListener('click', (event) => {
		const link = (event.target as HTMLElement).closest('a');
		const target = link && document.getElementById(link.hash.slice(1));
		if (!target) return;
		event.preventDefault();
		target.focus();
	});

	const actionStatus = $('author-action-status');
	const revealAll = () => {
		showAll = true;
		update();
	};
	$('author-copy').addEventListener('click', async () => {
		revealAll();
		const copied = await copyText(current.mdx, $<HTMLTextAreaElement>('author-mdx'));
		actionStatus.textContent = a(copied ? 'copied' : 'copyFailed');
	});
	$('author-download').addEventListener('click', () => {
		revealAll();
		downloadText(current.file.split('/').pop()!, current.mdx);
	});
	/** Checks the newest draft; false (and the first problem focused) while it has errors. */
	async function readyToPropose(status = actionStatus): Promise<boolean> {
		revealAll();
		// Wait for the check of the newest draft (a check can be overtaken by a newer one meanwhile).
		for (let awaited = checking; ; awaited = checking) {
			await awaited;
			if (awaited === checking) break;
		}
		if (current.problems.some((p) => p.severity === 'error')) {
			status.textContent = a('proposeBlocked');
			$('author-problems').querySelector('a')?.focus();
			return false;
		}
		return true;
	}
	document.getElementById('author-propose')?.addEventListener('click', async () => {
		if (!(await readyToPropose())) return;
		if (editing) {
			// GitHub's editor cannot be filled from a link: the edited file goes by clipboard.
			await copyText(current.mdx, $<HTMLTextAreaElement>('author-mdx'));
			actionStatus.textContent = a('proposeEditCopied');
			window.open(editUrl(repository!, current.file), '_blank', 'noopener');
			return;
		}
		const target = proposeUrl(repository!, current.file, current.mdx);
		if (!target.complete) {
			await copyText(current.mdx, $<HTMLTextAreaElement>('author-mdx'));
			actionStatus.textContent = a('proposeLong');
		}
		window.open(target.url, '_blank', 'noopener');
	});
	let stopChecks =
		root.dataset.api && repository
			? resumeChecks(a, {
					api: root.dataset.api,
					repository: repositoryPath(repository.url),
					base: repository.branch,
				})
			: undefined;
	startTokenSignIn(
		{ empty: a('token.empty'), signedIn: a('token.signedIn'), signedOut: a('token.signedOut') },
		async (token) => {
			const status = $('author-token-status');
			if (!(await readyToPropose(status))) return;
			const proposed = currentProposal();
			const prLink = (url: string) => {
				const link = document.createElement('a');
				link.href = url;
				link.textContent = url;
				link.id = 'author-pr-link';
				return link;
			};
			// Proposed already and nothing changed since: nothing to send.
			if (proposed?.hash === proposedHash(current.mdx)) {
				const link = prLink(proposed.url);
				status.replaceChildren(a('pr.unchanged', { number: proposed.number }), link);
				link.focus();
				return;
			}
			const { proposePullRequest, followChecks } = await import('./propose-pr.ts');
			const state = readForm(form);
			const id = editing?.session.id ?? current.file.replace(/^.*\//, '').replace(/\.mdx$/, '');
			const repo = repositoryPath(repository!.url);
			const { result, error, updated } = await proposePullRequest(
				{
					api: root.dataset.api!,
					repository: repo,
					base: repository!.branch,
					token,
					file: current.file,
					content: current.mdx,
					title: state.title.trim() || id,
					id,
					edit: Boolean(editing),
					template: root.dataset.prTemplate ?? '',
					// Changed since it was proposed: the new version goes to the same pull request.
					update:
						proposed?.branch && proposed.blob
							? {
									url: proposed.url,
									number: proposed.number,
									branch: proposed.branch,
									blob: proposed.blob,
								}
							: undefined,
				},
				a,
				(text) => (status.textContent = text),
			);
			if (error || !result) {
				status.textContent = error ?? '';
				return;
			}
			const link = prLink(result.url);
			markProposed(result, current.mdx);
			status.replaceChildren(
				a(updated ? 'pr.updated' : 'pr.done', { number: result.number }),
				link,
			);
			link.focus();
			// The checks of the pull request, followed while the page is open.
			stopChecks?.();
			stopChecks = followChecks(
				{ api: root.dataset.api!, repository: repo, base: repository!.branch, token },
				result,
				a,
				$('author-checks'),
				(checks) => noteChecks(result.url, checks),
			);
		},
	);
	// The form's submit button (and Enter in a field) checks every field, untouched ones too,
	// and takes the author to the result; nothing is sent anywhere.
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		revealAll();
		const status = $('author-status');
		status.tabIndex = -1;
		status.focus({ preventScroll: true });
		status.closest('section')!.scrollIntoView({ block: 'start' });
	});
	window.addEventListener('pagehide', () => {
		if (pending !== undefined) update();
	});

	/**
	 * `?edit=<id>` opens that published case in the form (the draft there before is set aside, not
	 * lost); an edit stored beside the draft goes on after a reload.
	 */
	async function startEditing(): Promise<void> {
		const wanted = new URLSearchParams(window.location.search).get('edit');
		if (!wanted && !hasEditSession(base)) return;
		const module = await import('./edit-session.ts');
		let session = module.storedSession(base);
		if (!session || !draft.state || (wanted && session.id !== wanted)) {
			if (!wanted) return module.storeSession(base, undefined);
			try {
				session = await module.fetchSession(base, lang, wanted, root.dataset.publishedList!);
			} catch (error) {
				const notice = $('author-draft-notice');
				notice.textContent = a('editLoadFailed', { id: wanted, reason: (error as Error).message });
				notice.hidden = false;
				return;
			}
			if (draft.state) {
				showSetAside($('author-draft-notice'), setAsideDraft(), a);
			}
			writeForm(form, module.formFromSession(module.openSession(session), knownTags), labels);
			// The form's own reading of the file: what "unchanged" means for every field.
			session.baseline = readForm(form);
			module.storeSession(base, session);
		}
		const opened = module.openSession(session);
		const baseline = session.baseline ?? module.formFromSession(opened, knownTags);
		editing = { session, opened, baseline, module };
		// The page says whose edit this is, not "write a new case".
		const title = baseline.title.trim() || session.id;
		$('author-heading').textContent = a('editTitle', { title });
		const hint = document.getElementById('author-propose-hint');
		if (hint) hint.textContent = a('proposeHint.edit', { title });
		$('author-draft-status').textContent = a('editing', { file: session.file });
		// On a phone the status is far below: the top of the form says it too.
		const notice = $('author-draft-notice');
		if (notice.hidden) {
			notice.textContent = a('editing', { file: session.file });
			notice.hidden = false;
		}
	}

	startEditing()
		.catch(() => undefined)
		.finally(update);
	fetch(root.dataset.publishedList!)
		.then((response) => (response.ok ? (response.json() as Promise<PublishedCase[]>) : []))
		.then((list) => {
			published = list;
			update();
		})
		.catch(() => undefined);
}

/**
 * Reads the authoring form's controls into a `FormState` and writes one back (restoring a
 * draft), and draws the rows of the repeatable groups from their `<template>`s. Controls are
 * found by `name` (single fields) and `data-key` (fields inside a row).
 */
import { fillTemplate } from '../../i18n/translate.ts';
import { writeWhen } from './date-fields.ts';
import {
	emptyFormState,
	groupNames,
	rowTemplate,
	type FormState,
	type GroupName,
} from '../../authoring/form-model.ts';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type Row = Record<string, string>;

const groupList = (form: HTMLFormElement, group: GroupName) =>
	form.querySelector<HTMLOListElement>(`[data-group="${group}"] > .rows`)!;

function controlsNamed(form: HTMLFormElement, name: string): Control[] {
	return [...form.querySelectorAll<Control>(`[name="${name}"]`)];
}

export function readForm(form: HTMLFormElement): FormState {
	const state = emptyFormState('') as unknown as Record<string, unknown>;
	for (const key of Object.keys(state)) {
		if (groupNames.includes(key)) {
			state[key] = [...groupList(form, key as GroupName).children].map((row) => {
				const values: Row = {};
				for (const control of row.querySelectorAll<Control>('[data-key]'))
					values[control.dataset.key!] = control.value;
				return values;
			});
			continue;
		}
		const controls = controlsNamed(form, key);
		if (Array.isArray(state[key]))
			state[key] = controls.filter((c) => (c as HTMLInputElement).checked).map((c) => c.value);
		else if (controls[0] instanceof HTMLInputElement && controls[0].type === 'radio')
			state[key] = controls.find((c) => (c as HTMLInputElement).checked)?.value ?? state[key];
		else if (controls[0]) state[key] = controls[0].value;
	}
	return state as unknown as FormState;
}

export function writeForm(form: HTMLFormElement, state: FormState, labels: RowLabels): void {
	const values = state as unknown as Record<string, unknown>;
	for (const [key, value] of Object.entries(values)) {
		if (groupNames.includes(key)) {
			const list = groupList(form, key as GroupName);
			list.replaceChildren();
			for (const row of value as Row[]) addRow(form, key as GroupName, labels, row);
			continue;
		}
		for (const control of controlsNamed(form, key)) {
			if (
				control instanceof HTMLInputElement &&
				(control.type === 'checkbox' || control.type === 'radio')
			) {
				control.checked = Array.isArray(value)
					? value.includes(control.value)
					: control.value === value;
			} else if (control instanceof HTMLInputElement && control.dataset.when)
				writeWhen(control, typeof value === 'string' ? value : '');
			else control.value = typeof value === 'string' ? value : '';
		}
	}
}

export interface RowLabels {
	/** "Remove item {n}". */
	remove: string;
}

/** Ids, label targets and checker paths of a group's rows follow their order. */
export function numberRows(form: HTMLFormElement, group: GroupName, labels: RowLabels): void {
	[...groupList(form, group).children].forEach((row, index) => {
		const li = row as HTMLLIElement;
		li.dataset.field = `${group}[${index}]`;
		for (const wrapper of li.querySelectorAll<HTMLElement>('[data-key-field]')) {
			const key = wrapper.dataset.keyField!;
			const id = `author-${group}-${index}-${key}`;
			// `grid` is a list of codes, so its items have no sub-fields.
			wrapper.dataset.field = group === 'grid' ? `${group}[${index}]` : `${group}[${index}].${key}`;
			const control = wrapper.querySelector<Control>('[data-key]')!;
			control.id = id;
			control.setAttribute('aria-describedby', `${id}-problems`);
			wrapper.querySelector('label')!.htmlFor = id;
			wrapper.querySelector('.field-problems')!.id = `${id}-problems`;
		}
		li.querySelector<HTMLButtonElement>('[data-remove]')!.setAttribute(
			'aria-label',
			fillTemplate(labels.remove, { n: index + 1 }),
		);
	});
}

export function addRow(
	form: HTMLFormElement,
	group: GroupName,
	labels: RowLabels,
	values: Row = rowTemplate(group),
): HTMLLIElement {
	const template = form.querySelector<HTMLTemplateElement>(
		`template[data-row-template="${group}"]`,
	)!;
	const row = (template.content.firstElementChild as HTMLLIElement).cloneNode(
		true,
	) as HTMLLIElement;
	for (const control of row.querySelectorAll<Control>('[data-key]')) {
		const value = values[control.dataset.key!];
		if (value !== undefined) control.value = value;
	}
	groupList(form, group).append(row);
	numberRows(form, group, labels);
	return row;
}

export function removeRow(
	form: HTMLFormElement,
	row: HTMLLIElement,
	labels: RowLabels,
): HTMLElement | null {
	const list = row.parentElement!;
	const group = list.closest<HTMLElement>('[data-group]')!.dataset.group as GroupName;
	const next = (row.nextElementSibling ?? row.previousElementSibling) as HTMLElement | null;
	row.remove();
	numberRows(form, group, labels);
	return next;
}

/** The options of every facet, with labels, from the grid and vocabulary data. */
import { gridCells, gridRows, gridStages } from '../../schemas/grid.ts';
import {
	caseKinds,
	clearSteps,
	discStyles,
	kanoLevels,
	outcomes,
	remedyStrategies,
	scopes,
	servqualDimensions,
	serviceLevels,
	touchpoints,
	type Term,
} from '../../schemas/course-vocabulary.ts';
import { label, useTranslations, type Locale, type UiKey } from '../i18n/ui.ts';
import { clearComplete, clearSkipped, curveShapes } from './course-facets.ts';
import type { FacetName } from './facets.ts';
import { vocabulary } from './vocabulary.ts';

export interface FacetOption {
	value: string;
	text: string;
}

export interface FacetDefinition {
	name: FacetName;
	label: UiKey;
	options: FacetOption[];
	/** Shown up front; the others sit under "more filters". */
	primary: boolean;
}

export function facetDefinitions(lang: Locale): FacetDefinition[] {
	const terms = (list: readonly Term[]) =>
		list.map((t) => ({ value: t.key, text: label(t.label, lang) }));
	const t = useTranslations(lang);
	return [
		{ name: 'kind', label: 'list.kind', primary: true, options: terms(caseKinds.list) },
		{
			name: 'row',
			label: 'list.row',
			primary: true,
			options: gridRows.map((r) => ({ value: r.code, text: `${r.code} ${label(r.label, lang)}` })),
		},
		{
			name: 'stage',
			label: 'list.stage',
			primary: true,
			options: gridStages.map((s) => ({
				value: String(s.number),
				text: `${s.number}. ${label(s.short, lang)}`,
			})),
		},
		{
			name: 'industry',
			label: 'list.industry',
			primary: true,
			options: Object.entries(vocabulary.industries).map(([key, l]) => ({
				value: key,
				text: l[lang],
			})),
		},
		{ name: 'outcome', label: 'list.outcome', primary: true, options: terms(outcomes.list) },
		{
			name: 'cell',
			label: 'list.cell',
			primary: false,
			options: gridCells.map((c) => ({
				value: c.code,
				text: `${c.code} ${label(c.row.label, lang)} · ${label(c.stage.short, lang)}`,
			})),
		},
		{
			name: 'servqual',
			label: 'list.servqual',
			primary: false,
			options: terms(servqualDimensions.list),
		},
		{ name: 'remedy', label: 'list.remedy', primary: false, options: terms(remedyStrategies.list) },
		{ name: 'scope', label: 'list.scope', primary: false, options: terms(scopes.list) },
		// The course's tools (issue 17): where in the scene, how far the service went, and how.
		{
			name: 'touchpoint',
			label: 'list.touchpoint',
			primary: false,
			options: terms(touchpoints.list),
		},
		{ name: 'level', label: 'list.level', primary: false, options: terms(serviceLevels.list) },
		{ name: 'kano', label: 'list.kano', primary: false, options: terms(kanoLevels.list) },
		{ name: 'style', label: 'list.style', primary: false, options: terms(discStyles.list) },
		{
			name: 'clear',
			label: 'list.clear',
			primary: false,
			options: [
				{ value: clearComplete, text: t('list.clearComplete') },
				...clearSteps.list.map((step) => ({
					value: clearSkipped(step.key),
					text: t('list.clearSkipped', { step: label(step.label, lang) }),
				})),
			],
		},
		{ name: 'curve', label: 'list.curve', primary: false, options: terms(curveShapes) },
	];
}

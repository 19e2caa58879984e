/**
 * Colours of the insights charts, fixed so they print the same and read the same in dark mode.
 * Perception uses ColorBrewer's 7-class RdBu, a diverging scale that stays apart for the common
 * colour-vision deficiencies; each fill has the text colour that passes contrast on it.
 */
import type { OutcomeKey } from './insights.ts';

export interface Swatch {
	fill: string;
	text: string;
}

const dark = '#1b1f24';
const light = '#ffffff';

/** Perception −3 … +3 → swatch; red for lost customers, blue for won ones. */
export const perceptionSwatch: Readonly<Record<number, Swatch>> = {
	[-3]: { fill: '#b2182b', text: light },
	[-2]: { fill: '#ef8a62', text: dark },
	[-1]: { fill: '#fddbc7', text: dark },
	0: { fill: '#f7f7f7', text: dark },
	1: { fill: '#d1e5f0', text: dark },
	2: { fill: '#67a9cf', text: dark },
	3: { fill: '#2166ac', text: light },
};

/** Outcome segments, on the same red–blue axis; mixed and not given in between. */
export const outcomeSwatch: Readonly<Record<OutcomeKey | 'none', Swatch>> = {
	positive: { fill: '#2166ac', text: light },
	negative: { fill: '#b2182b', text: light },
	mixed: { fill: '#f4a582', text: dark },
	none: { fill: '#d9d9d9', text: dark },
};

/** Plain bars (SERVQUAL, remedies). */
export const barSwatch: Swatch = { fill: '#4575b4', text: light };

/**
 * The numbers the rules enforce, under the names messages quote them by (`{titleMax}`,
 * `{perceptionMin}` …): every translator fills them in, so a message or a form hint can never
 * say a limit other than the one the schema checks.
 */
import { perceptionScale } from './course-vocabulary.ts';
import { gridCells } from './grid.ts';
import { lengthGuidance } from './guidance.ts';

// The case format's limits live here, not in case.ts, so that code which only quotes them (the
// translator on every reading page) does not load zod with the schema.
/** How long an id may be, in characters. */
export const caseIdLength = { min: 3, max: 64 } as const;
/** A title's most characters. */
export const titleMaxLength = 40;
/** A summary's most characters. */
export const summaryMaxLength = 120;
/** A place's fewest characters. */
export const placeMinLength = 4;

/** A number as the perception scale writes it: `+3`, `0`, `−3` (a true minus sign). */
export const signedNumber = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** `{narrativeMin}`, `{narrativeMax}`, `{gapsMax}` …: the course's suggested lengths. */
const guidanceParams = Object.fromEntries(
	lengthGuidance.flatMap((guidance) => [
		...(guidance.min === undefined ? [] : [[`${guidance.part}Min`, guidance.min]]),
		[`${guidance.part}Max`, guidance.max],
	]),
) as Record<string, number>;

export const limitParams: Readonly<Record<string, string | number>> = {
	titleMax: titleMaxLength,
	summaryMax: summaryMaxLength,
	placeMin: placeMinLength,
	idMin: caseIdLength.min,
	idMax: caseIdLength.max,
	perceptionMin: signedNumber(perceptionScale.min),
	perceptionMax: signedNumber(perceptionScale.max),
	firstCell: gridCells[0]!.code,
	lastCell: gridCells.at(-1)!.code,
	...guidanceParams,
};

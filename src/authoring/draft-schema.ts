/**
 * The shape of a form draft read back from local storage, checked before the form is filled
 * from it: storage may hold a draft from an older form, one edited by hand or damaged, and
 * a value of the wrong shape (`{"people":5}`) once left the form on "loading" for good.
 */
import { z } from 'astro/zod';
import { caseFields } from '../../schemas/case-fields.ts';
import { emptyFormState, type FormState, type KnownFormState } from './form-model.ts';

const text = z.string();
const texts = z.array(z.string());

export const formDraftSchema = z.object({
	kind: z.enum(['mot', 'scqa']),
	id: text,
	title: text,
	summary: text,
	grid: z.array(z.object({ code: text })),
	timeStart: text,
	timeEnd: text,
	place: text,
	people: z.array(z.object({ name: text, role: text, side: text })),
	industry: text,
	tags: texts,
	tagsOther: text,
	scope: text,
	outcome: text,
	perception: text,
	servqual: texts,
	demands: z.array(z.object({ type: text, text })),
	gaps: z.array(z.object({ demand: text, reason: text })),
	keyCritical: text,
	keySecondary: text,
	keyBasic: text,
	steps: text,
	remedies: texts,
	value: text,
	body: text,
	related: text,
	aliases: text,
	authors: text,
	published: text,
	updated: text,
});

// The schema and the form's state must describe the same fields: a compile error otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof formDraftSchema>, KnownFormState> = true;
void sameShape;

/** Fields a draft from an older form lacks start empty; any field of the wrong shape rejects the draft. */
/** A plain field of the registry is text, as the form keeps it (also one added since this schema was written). */
const plainFieldText = Object.fromEntries(
	caseFields.filter((field) => field.shape !== 'special').map((field) => [field.key, text]),
);
const storedDraftSchema = formDraftSchema.extend(plainFieldText).partial();

/** The form state a stored draft holds, or undefined when it is not a draft this form can show. */
export function parseStoredDraft(stored: string): FormState | undefined {
	let json: unknown;
	try {
		json = JSON.parse(stored);
	} catch {
		return undefined;
	}
	const result = storedDraftSchema.safeParse(json);
	return result.success ? { ...emptyFormState(''), ...result.data } : undefined;
}

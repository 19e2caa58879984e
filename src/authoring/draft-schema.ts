/**
 * The shape of a form draft read back from local storage, checked before the form is filled
 * from it: storage may hold a draft from an older form, one edited by hand or damaged, and
 * a value of the wrong shape (`{"people":5}`) once left the form on "loading" for good.
 */
import { z } from 'astro/zod';
import { caseFields } from '../../schemas/case-fields.ts';
import { partName } from '../../schemas/field-values.ts';
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

/**
 * The registry's fields as the form keeps them (also those added since this schema was written):
 * a text per `text` or `lines` field, rows of column texts per `rows` field, a text or the
 * checked options per part of a `record`.
 */
const registryFieldShapes = Object.fromEntries(
	caseFields.flatMap((field): [string, z.ZodType][] => {
		if (field.shape === 'rows')
			return [
				[
					field.key,
					z.array(
						z.object(
							Object.fromEntries(
								// An optional column (a demand's KANO layer) may be missing from an older draft's rows.
								(field.columns ?? []).map((column) => [
									column.key,
									column.optional ? text.optional() : text,
								]),
							),
						),
					),
				],
			];
		if (field.shape === 'record')
			return (field.parts ?? []).map((part) => [
				partName(field, part),
				part.shape === 'choices' ? texts : text,
			]);
		return field.shape === 'special' ? [] : [[field.key, text]];
	}),
);
/** Fields a draft from an older form lacks start empty; any field of the wrong shape rejects the draft. */
const storedDraftSchema = formDraftSchema.extend(registryFieldShapes).partial();

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

/**
 * A translation (`content/<collection>/<id>.<lang>.mdx`) carries text only: the title, the
 * summary, the body and the words inside structured fields, matched to the original by step id
 * (and by position for a step's documents and fees). Ids, references, dates, durations, amounts
 * and vocabulary values belong to the original alone; the checker proves a translation changes
 * none of them, and warns when the original was reviewed after the translation was made.
 */
import { z } from 'zod';
import { calendarDate } from './common.ts';
import type { EntryCollection } from './collections.ts';
import { stepReference } from './reference.ts';
import { schemaBlocks } from './walk.ts';

const text = () => z.string().min(1);

/** What every translation holds. */
export const translatedEntryFields = {
	/** The title, translated. */
	title: z.string().min(1).max(120),
	/** The one-sentence summary, translated. At most 200 characters. */
	summary: z.string().min(1).max(200, { error: 'must be one sentence of at most 200 characters' }),
	/** The `reviewed` date of the original that this translation was made from, as YYYY-MM-DD. When the original is reviewed again later, the translation is marked as possibly out of date. */
	translatedFrom: calendarDate(),
	/** One line on what changed in the translation, shown in the language's "What's new". */
	changes: z.string().max(200).optional(),
	/** Set to true to keep the translation unpublished while it is being written; the page then shows the original. */
	draft: z.boolean().default(false),
};

/** A duration's or a fee's words: the figures stay in the original. */
const translatedNote = () =>
	z
		.strictObject({
			/** The note, translated. */
			note: text().optional(),
		})
		.optional();

/** A step's words, matched to the original's step by `id`. */
export const translatedStepSchema = () =>
	z
		.strictObject({
			/** The id of the step this translates, as the original writes it. */
			id: stepReference(),
			/** The step's title, translated. */
			title: text().optional(),
			/** Who does the work, translated. */
			actor: text().optional(),
			/** The documents, translated, one for each of the original's, in the same order. */
			documents: z.array(text()).optional(),
			/** The duration's note, translated. */
			duration: translatedNote(),
			/** Each fee's words, in the same order as the original's fees. */
			fees: z
				.array(
					z.strictObject({
						/** What the fee is for, translated. */
						what: text().optional(),
						/** The fee's note, translated. */
						note: text().optional(),
					}),
				)
				.optional(),
		})
		.register(schemaBlocks, { block: 'translatedStepSchema' });

/** The words a translation of a path carries beside its title, summary and body. */
export const translatedPathFields = {
	/** The law and article, translated (keep the article numbers). */
	law: text().optional(),
	/** What the company holds at the end, translated. */
	outcome: text().optional(),
	/** The path's duration note, translated. */
	duration: translatedNote(),
	/** The steps' words, each matched to the original's step by id. */
	steps: z.array(translatedStepSchema()).optional(),
};

/** The words a translation of a zone benefit carries beside its title, summary and body. */
export const translatedBenefitFields = {
	/** Who can receive it, translated. */
	eligibility: text().optional(),
	/** How to apply, translated. */
	howToApply: text().optional(),
};

/** The words a translation of a zone carries beside its title, summary and body. */
export const translatedZoneFields = {
	/** The period's note, translated. */
	period: translatedNote(),
};

/** The words a translation of each collection may carry beside its title, summary and body. */
const translatedFields = {
	paths: translatedPathFields,
	benefits: translatedBenefitFields,
	zones: translatedZoneFields,
	cros: {},
	institutions: {},
	questions: {},
} satisfies Record<EntryCollection, Record<string, z.ZodType>>;

/** The translation schema of one collection. */
export const translationSchema = <C extends EntryCollection>(collection: C) =>
	z.strictObject({ ...translatedEntryFields, ...translatedFields[collection] }).register(schemaBlocks, { block: 'translationSchema' });

/** Every translation field of every collection, as Astro reads translation files; the checker applies each collection's own schema. */
export const anyTranslationSchema = () =>
	z.strictObject({ ...translatedEntryFields, ...translatedFields.paths, ...translatedFields.benefits, ...translatedFields.zones });

export type Translation = z.infer<ReturnType<typeof anyTranslationSchema>>;

/**
 * A translation (`content/<collection>/<id>.<lang>.mdx`) carries text only: the title, the
 * summary, the body and the words inside structured fields. Its words have the shape of the
 * original's data: an object's words under the same keys, a list's words item by item — matched
 * by `id` where the items have one (steps), by position otherwise (a step's documents and fees, a
 * CRO's sites). Ids, references, dates, durations, amounts and vocabulary values belong to the
 * original alone; the checker proves a translation changes none of them, and warns when the
 * original was reviewed after the translation was made. This file is the one list of what a
 * translation may carry: the pages put the words in place with `applyTranslation`, and the
 * field reference is generated from these schemas.
 */
import { z } from 'zod';
import { calendarDate, publicUrl } from './common.ts';
import type { EntryCollection } from './collections.ts';
import { stepReference } from './reference.ts';
import { schemaBlocks } from './walk.ts';

const text = () => z.string().min(1);

/** Who has read a translation: a first draft (often a machine's), or a native speaker who knows the field. */
export const translationStatuses = {
	'machine-draft': { en: 'Draft translation', ko: '초벌 번역', ja: '翻訳の下書き' },
	reviewed: { en: 'Reviewed by a native speaker', ko: '원어민 검토 완료', ja: 'ネイティブ話者による確認済み' },
} as const;

export type TranslationStatus = keyof typeof translationStatuses;

/** What every translation holds. */
export const translatedEntryFields = {
	/** The title, translated. */
	title: z.string().min(1).max(120),
	/** The one-sentence summary, translated. At most 200 characters. */
	summary: z.string().min(1).max(200, { error: 'must be one sentence of at most 200 characters' }),
	/** The `reviewed` date of the original that this translation was made from, as YYYY-MM-DD. When the original is reviewed again later, the translation is marked as possibly out of date. */
	translatedFrom: calendarDate(),
	/** `machine-draft` until a native speaker who knows the field has read and corrected the whole page; then `reviewed`. The page tells readers a draft is a draft. */
	status: z.enum(Object.keys(translationStatuses) as [TranslationStatus, ...TranslationStatus[]]).default('machine-draft'),
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

/** A place's words: the country code stays in the original. */
export const translatedPlaceSchema = () =>
	z
		.strictObject({
			/** The city, as readers of the language write it: "東京", "도쿄". */
			city: text().optional(),
			/** What is there, translated. */
			note: text().optional(),
		})
		.register(schemaBlocks, { block: 'translatedPlaceSchema' });

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
	/** The zone's short name, in the translation's language ("충북 특구"). */
	shortName: text().optional(),
	/** The period's note, translated. */
	period: translatedNote(),
	/** The sites' words, one for each of the original's sites, in the same order. */
	sites: z.array(translatedPlaceSchema()).optional(),
};

/** The words a translation of a CRO carries beside its title, summary and body. */
export const translatedCroFields = {
	/** The head office's city, translated. */
	headquarters: translatedPlaceSchema().optional(),
	/** The sites' words, one for each of the original's sites, in the same order. */
	sites: z.array(translatedPlaceSchema()).optional(),
};

/** The words a translation of an institution carries beside its title, summary and body. */
export const translatedInstitutionFields = {
	/** The city of its head office, as readers of the language write it. */
	city: text().optional(),
	/** Its own website in this language, where it has one (a Korean agency's Korean site on the Korean page); an https:// address. */
	website: publicUrl().optional(),
};

/** The words a translation of a precedent carries beside its title, summary and body. */
export const translatedPrecedentFields = {
	/** The holders' names as readers of the language write them ("다카라바이오"), one for each of the original's holders, in the same order. */
	holders: z.array(z.strictObject({ /** The company's name, translated. */ name: text().optional() })).optional(),
	/** The events' notes, one for each of the original's events, in the same order. */
	events: z.array(z.strictObject({ /** The note, translated. */ note: text().optional() })).optional(),
};

/** The words a translation of each collection may carry beside its title, summary and body. */
const translatedFields = {
	paths: translatedPathFields,
	benefits: translatedBenefitFields,
	zones: translatedZoneFields,
	cros: translatedCroFields,
	institutions: translatedInstitutionFields,
	questions: {},
	precedents: translatedPrecedentFields,
	pages: {},
} satisfies Record<EntryCollection, Record<string, z.ZodType>>;

/** The translation schema of one collection. */
export const translationSchema = <C extends EntryCollection>(collection: C) =>
	z.strictObject({ ...translatedEntryFields, ...translatedFields[collection] }).register(schemaBlocks, { block: 'translationSchema' });

/** Every translation field of every collection, as Astro reads translation files; the checker applies each collection's own schema. */
export const anyTranslationSchema = () =>
	z.strictObject({
		...translatedEntryFields,
		...translatedFields.paths,
		...translatedFields.benefits,
		...translatedFields.zones,
		...translatedFields.cros,
		...translatedFields.institutions,
		...translatedFields.precedents,
		/** The sites' words of a CRO or a zone: the same shape in both, so one schema reads both. */
		sites: translatedZoneFields.sites,
	});

export type Translation = z.infer<ReturnType<typeof anyTranslationSchema>>;

/** The fields of a translation that are about the translation itself, not words of the original. */
const ownFields = new Set(['translatedFrom', 'status', 'changes', 'draft']);

type Words = Record<string, unknown>;
const isWords = (value: unknown): value is Words =>
	typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * The original's value with the translation's words in place: objects key by key, lists item by
 * item (by `id` where the original's items have one, by position otherwise; a list of plain texts
 * only when the translation gives one for each). Anything the words leave out stays as it was.
 */
export function overlayWords<T>(original: T, words: unknown): T {
	if (words === undefined || words === null) return original;
	if (Array.isArray(original)) {
		if (!Array.isArray(words)) return original;
		if (original.every((item) => !isWords(item))) return (words.length === original.length ? words : original) as T;
		const byId = original.some((item) => isWords(item) && typeof item.id === 'string');
		if (byId) {
			const found = new Map(words.filter(isWords).map((item) => [item.id, item]));
			return original.map((item) => (isWords(item) ? overlayWords(item, found.get(item.id)) : item)) as T;
		}
		return original.map((item, index) => overlayWords(item, words[index])) as T;
	}
	if (isWords(original)) {
		if (!isWords(words)) return original;
		const result: Words = { ...original };
		for (const [key, value] of Object.entries(words)) if (key in original && key !== 'id') result[key] = overlayWords(original[key], value);
		return result as T;
	}
	return (typeof words === typeof original ? words : original) as T;
}

/** The original's data with every translated word in its place. */
export function applyTranslation<Data extends object>(data: Data, translation: Translation): Data {
	const words = Object.fromEntries(Object.entries(translation).filter(([key]) => !ownFields.has(key)));
	return overlayWords(data, words);
}

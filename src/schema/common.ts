/** Pieces every collection shares: sources, dates, durations and the fields of every entry. */
import { z } from 'zod';
import { idPattern, referenceTargets } from './reference.ts';
import { hasCredentials, hostProblem } from './url-policy.ts';
import { countries, currencies, durationUnits, vocabulary } from './vocab.ts';
import { schemaBlocks } from './walk.ts';

/**
 * A day on the calendar, written YYYY-MM-DD. YAML reads such a value as a date and rolls an
 * impossible one over (2026-02-30 becomes 2 March); the checker reads it strictly and hands
 * over anything that is not a real day as it is, which this refuses.
 */
export const calendarDate = (error = 'must be a date on the calendar, written YYYY-MM-DD') =>
	z.union([z.date(), z.iso.date({ error })], { error }).pipe(z.coerce.date());

/** A public https address with no user name or password in it, on a host that cannot pass for another: what a reader may be sent to. */
export const publicUrl = () =>
	z
		.url({ protocol: /^https$/, error: 'must be an https:// address' })
		.refine((url) => !hasCredentials(url), { error: 'must not carry a user name or password (user:password@)' })
		.superRefine((url, context) => {
			const problem = hostProblem(url);
			if (problem) context.addIssue({ code: 'custom', input: url, message: 'unsafe host', params: { hostProblem: problem } });
		});

/** A public document that supports the facts on a page. */
export const sourceSchema = () =>
	z
		.strictObject({
			/** The document's own title, as its publisher gives it. */
			title: z.string().min(1),
			/** Where to read it. Must start with https://. */
			url: publicUrl(),
			/** Who published it, e.g. "PMDA" or "Ministry of SMEs and Startups". */
			publisher: z.string().min(1).optional(),
			/** The date you last opened the link and checked it still says what the page claims. */
			accessed: calendarDate().optional(),
			/** Set to true when the source reports on the fact second-hand (news, a mirror, a blog); the page says so. */
			secondary: z.boolean().optional(),
			/** A short name for this source, e.g. "fee-schedule", that a figure's `source` can use instead of the source's number. */
			key: z.string().regex(idPattern, { error: 'must be a short key: lower-case letters, digits and single hyphens' }).optional(),
		})
		.register(schemaBlocks, { block: 'sourceSchema' });

/**
 * Which of the page's sources states a figure: its number in `sources` (1 for the first), or
 * its `key`. The checker proves it names a source of the same page; the page shows it as a
 * numbered marker next to the figure.
 */
export const sourceReference = () =>
	z
		.union([z.number().int().min(1), z.string().regex(idPattern)], {
			error: "must be the number of one of this page's sources (1 for the first) or its `key`",
		})
		.register(referenceTargets, { kind: 'source' });

/** How long something takes, as a range. Only give a duration a source states. */
export const durationSchema = () =>
	z
		.strictObject({
			/** The shortest time, in `unit`. */
			min: z.number().nonnegative().optional(),
			/** The longest time, in `unit`. */
			max: z.number().positive(),
			/** days, weeks, months or years. */
			unit: vocabulary(durationUnits),
			/** A short qualification, e.g. "statutory waiting period" or "target, not a guarantee". */
			note: z.string().optional(),
			/** The source that states this duration: its number in `sources` (1 for the first) or its `key`. */
			source: sourceReference(),
		})
		.refine((d) => d.min === undefined || d.min <= d.max, { error: '`min` must not be larger than `max`', path: ['min'] })
		.register(schemaBlocks, { block: 'durationSchema' });

/**
 * A fee paid in a step. Give the amount only where a source states it; a fee that a source says
 * is charged but whose amount no source gives is written without `amount`, so plans list it as
 * unknown instead of leaving it out.
 */
export const feeSchema = () =>
	z
		.strictObject({
			/** What the fee is for, e.g. "Clinical trial consultation, regenerative medical product". */
			what: z.string().min(1),
			/** The amount, as a plain number without separators: 854100, not "854,100". Leave out when no source gives it. */
			amount: z.number().nonnegative().optional(),
			/** JPY, KRW or USD. */
			currency: vocabulary(currencies).optional(),
			/** The fiscal year of the fee table the amount comes from, as the year it starts: 2025 for Japan's FY2025 (April 2025 to March 2026). */
			fiscalYear: z.number().int().min(2000).max(2100).optional(),
			/** Where a step's fees are alternatives (an inspection on site or on paper), the id of the option this fee belongs to, e.g. "on-site". A plan counts the fees of one option at a time, never the options' sum; fees without an option are always paid. */
			option: z.string().regex(idPattern, { error: 'must be a short id: lower-case letters, digits and single hyphens' }).optional(),
			/** Discounts, what is included, or when it is paid. */
			note: z.string().optional(),
			/** The source that states this fee (or, without an amount, that a fee is charged): its number in `sources` (1 for the first) or its `key`. */
			source: sourceReference(),
		})
		.superRefine((fee, context) => {
			if (fee.amount === undefined) return;
			for (const field of ['currency', 'fiscalYear'] as const)
				if (fee[field] === undefined)
					context.addIssue({
						code: 'invalid_type',
						expected: field === 'currency' ? 'string' : 'number',
						input: undefined,
						path: [field],
						message: `a fee with an amount needs its ${field}`,
					});
		})
		.register(schemaBlocks, { block: 'feeSchema' });

/** The fields every entry has, whatever its collection. */
export const entryFields = {
	/** The name readers see as the page heading. Plain words, no abbreviations alone. */
	title: z.string().min(1).max(120),
	/** One sentence that says what this is, for cards, search results and the page description. At most 200 characters. */
	summary: z.string().min(1).max(200, { error: 'must be one sentence of at most 200 characters' }),
	/** The date an editor last checked every fact on the page against its sources, as YYYY-MM-DD. */
	reviewed: calendarDate(),
	/** The documents that support this page's facts. */
	sources: z.array(sourceSchema()).default([]),
	/** Set to true to keep the entry out of the published site while it is being written. */
	draft: z.boolean().default(false),
	/** One line on what changed at the last review, shown in "What's new". */
	changes: z.string().max(200).optional(),
};

/** Sources are required on collections that state regulatory facts. */
export const requiredSources = () =>
	z.array(sourceSchema()).min(1, { error: 'needs at least one source: add a `sources` entry with a title and an https url' });

/** A place: a country code and a city. */
export const placeSchema = ({ cityOptional = false } = {}) =>
	z
		.strictObject({
			/** ISO 3166-1 alpha-2 country code, e.g. JP or KR. */
			country: vocabulary(countries),
			/** City or town, in English. */
			city: cityOptional ? z.string().min(1).optional() : z.string().min(1),
			/** What is there, e.g. "GLP nonclinical centre". */
			note: z.string().optional(),
		})
		.register(schemaBlocks, { block: 'placeSchema' });

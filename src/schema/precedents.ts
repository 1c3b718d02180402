/**
 * What happened before: a regenerative medical product approved in Japan, or a facility abroad
 * accredited under the ASRM, with the dates of each event and the source of each. Paths show
 * their precedents, and plans say what precedents took ("11–28 months from filing").
 */
import { z } from 'zod';
import { calendarDate, entryFields, requiredSources, sourceReference } from './common.ts';
import { entryReference } from './reference.ts';
import { countries, modalities, precedentEvents, precedentKinds, vocabulary } from './vocab.ts';
import { schemaBlocks } from './walk.ts';

/** One dated event, with the source that states its date. */
export const precedentEventSchema = () =>
	z
		.strictObject({
			/** What happened. */
			event: vocabulary(precedentEvents),
			/** When, as YYYY-MM-DD. Where the source gives only the month or the year, write its first day and set `precision`. */
			date: calendarDate(),
			/** `month` or `year` when the source gives no day: the page then shows "March 2015" or "2015". */
			precision: z.enum(['month', 'year']).optional(),
			/** A short note, e.g. "five-year limit extended by three years". */
			note: z.string().min(1).max(200).optional(),
			/** The source that states this date: its number in `sources` (1 for the first) or its `key`. */
			source: sourceReference(),
		})
		.register(schemaBlocks, { block: 'precedentEventSchema' });

/** Who held the approval (or ran the facility), and from when. */
export const precedentHolderSchema = () =>
	z
		.strictObject({
			/** The company, as it is named in English. */
			name: z.string().min(1).max(120),
			/** The day it became the holder, as YYYY-MM-DD; leave out for the holder at approval. */
			from: calendarDate().optional(),
			/** The source that names it: its number in `sources` or its `key`. */
			source: sourceReference(),
		})
		.register(schemaBlocks, { block: 'precedentHolderSchema' });

/** A precedent: the product or facility, who held it, what kind of product, where it was made, and what happened when. */
export const precedentSchema = () =>
	z
		.strictObject({
			...entryFields,
			/** The documents that state the dates and names: at least one, each with an https address. */
			sources: requiredSources(),
			/** A product approval or a facility accreditation. */
			kind: vocabulary(precedentKinds),
			/** The product's or facility's name in its own language, e.g. "ハートシート". */
			localName: z.string().min(1).max(120).optional(),
			/** Who held the approval or runs the facility: the holder at approval first, then each later one. */
			holders: z.array(precedentHolderSchema()).min(1),
			/** The kinds of product. */
			modalities: z.array(vocabulary(modalities)).min(1),
			/** Where the product is made, or where the facility is (ISO 3166-1 alpha-2). */
			madeIn: z.array(vocabulary(countries)).min(1),
			/** The paths this is a precedent of, e.g. ctl-approval. */
			paths: z.array(entryReference('paths')).min(1),
			/** What happened, in order of date. */
			events: z.array(precedentEventSchema()).min(1),
		})
		.register(schemaBlocks, { block: 'precedentSchema' });

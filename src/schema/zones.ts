/** A special zone: an area where a government relaxes rules or funds companies. */
import { z } from 'zod';
import { calendarDate, entryFields, placeSchema, requiredSources } from './common.ts';
import { entryReference } from './reference.ts';
import { countries, vocabulary } from './vocab.ts';
import { schemaBlocks } from './walk.ts';

/** A special zone: when and by whom it was designated, and where. */
export const zoneSchema = () =>
	z
		.strictObject({
			...entryFields,
			/** The documents that support this page's facts: at least one, each with an https address. */
			sources: requiredSources(),
			/** What readers call the zone for short, e.g. "Chungbuk special zone": search finds the zone by it first. */
			shortName: z.string().min(1).max(60).optional(),
			/** The country that designated the zone. */
			country: vocabulary(countries),
			/** The date the zone was designated, as YYYY-MM-DD. */
			designated: calendarDate(),
			/** The zone's area in square kilometres, where a source states it. */
			areaKm2: z.number().positive().optional(),
			/** The years the designation runs. Say in `note` where sources differ. */
			period: z
				.strictObject({
					/** First year. */
					from: z.number().int(),
					/** Last year. */
					to: z.number().int(),
					/** Where sources disagree, say so here. */
					note: z.string().optional(),
				})
				.optional(),
			/** Institutions that run the zone's programme. */
			operators: z.array(entryReference('institutions')).min(1),
			/** Where in the country the zone lies. */
			sites: z.array(placeSchema()).default([]),
			/** Bases abroad where zone companies work (institution ids). */
			overseasBases: z.array(entryReference('institutions')).default([]),
		})
		.register(schemaBlocks, { block: 'zoneSchema' });

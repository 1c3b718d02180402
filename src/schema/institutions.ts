/** A regulator, ministry, hospital, university, company, fund, cluster or association. */
import { z } from 'zod';
import { entryFields, publicUrl } from './common.ts';
import { entryReference } from './reference.ts';
import { countries, institutionTypes, vocabulary } from './vocab.ts';
import { schemaBlocks } from './walk.ts';

/** An institution: who it is, where, and what it belongs to. */
export const institutionSchema = () =>
	z
		.strictObject({
			...entryFields,
			/** What kind of body it is. */
			type: vocabulary(institutionTypes),
			/** The country it belongs to (ISO 3166-1 alpha-2). */
			country: vocabulary(countries),
			/** The city of its head office, in English. */
			city: z.string().min(1).optional(),
			/** Its name in its own language, e.g. "医薬品医療機器総合機構" or "식품의약품안전처". */
			localName: z.string().min(1).optional(),
			/** Short names readers search for, e.g. "PMDA". */
			abbreviation: z.string().min(1).optional(),
			/** The body it is part of or owned by (an institution id). */
			parent: entryReference('institutions').optional(),
			/** Its own website, an https:// address. */
			website: publicUrl().optional(),
		})
		.register(schemaBlocks, { block: 'institutionSchema' });

/** A contract research, development or manufacturing organisation a company can hire. */
import { z } from 'zod';
import { entryFields, placeSchema, publicUrl, requiredSources, sourceReference } from './common.ts';
import { entryReference, stepReference } from './reference.ts';
import { languages, modalities, services, stages, vocabulary } from './vocab.ts';
import { schemaBlocks } from './walk.ts';

/** A path (and, optionally, some of its steps) this organisation can carry out for a client. */
export const supportSchema = () =>
	z
		.strictObject({
			/** The id of the path, e.g. "ctl-approval". */
			path: entryReference('paths'),
			/** Ids of the steps of that path it helps with. Leave out to mean the path as a whole. */
			steps: z.array(stepReference('path')).optional(),
		})
		.register(schemaBlocks, { block: 'supportSchema' });

/** A language the organisation works in with clients, and the source that says so. */
export const languageClaimSchema = () =>
	z
		.strictObject({
			/** ISO 639-1 code: ja, ko, en or zh. */
			language: vocabulary(languages),
			/** The source that shows it works in this language (a Korean office or a Korean-language service counts): its number in `sources` or its `key`. */
			source: sourceReference(),
		})
		.register(schemaBlocks, { block: 'languageClaimSchema' });

/** A contract research, development or manufacturing organisation. */
export const croSchema = () =>
	z
		.strictObject({
			...entryFields,
			/** The organisation's own pages, and reports about it: at least one, each with an https address. */
			sources: requiredSources(),
			/** The country of the head office, and its city where a source gives it. */
			headquarters: placeSchema({ cityOptional: true }),
			/** Laboratories, plants and offices where the work is done. */
			sites: z.array(placeSchema()).default([]),
			/** What it does. */
			services: z.array(vocabulary(services)).min(1),
			/** The kinds of product it works on. */
			modalities: z.array(vocabulary(modalities)).default([]),
			/** The development stages it serves. */
			stages: z.array(vocabulary(stages)).min(1),
			/** Languages its staff work in with clients, each with the source that shows it. */
			languages: z.array(languageClaimSchema()).min(1),
			/** The regulatory paths and steps it can help with. */
			supports: z.array(supportSchema()).default([]),
			/** Consortia, networks or groups it belongs to (ids of institutions). */
			memberOf: z.array(entryReference('institutions')).default([]),
			/** Its own website, an https:// address. */
			website: publicUrl().optional(),
		})
		.register(schemaBlocks, { block: 'croSchema' });

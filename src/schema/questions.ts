/** A question founders ask, answered in two or three sourced sentences that lead to the paths. */
import { z } from 'zod';
import { entryFields, requiredSources } from './common.ts';
import { entryReference } from './reference.ts';
import { schemaBlocks } from './walk.ts';

/** A founder's question and its short answer; the body holds the answer's two or three sentences. */
export const questionSchema = () =>
	z
		.strictObject({
			...entryFields,
			/** The documents that support the answer: at least one, each with an https address. */
			sources: requiredSources(),
			/** The paths the answer leads to, most important first. */
			paths: z.array(entryReference('paths')).min(1),
			/** Where the question stands on the home page: 1 comes first. */
			order: z.number().int().positive(),
		})
		.register(schemaBlocks, { block: 'questionSchema' });

/** A term a reader meets on the site, with its names in English, Korean and Japanese. */
import { z } from 'zod';
import { sourceSchema } from './common.ts';
import { entryReference } from './reference.ts';
import { schemaBlocks } from './walk.ts';

/** A glossary term, keyed by its id in content/glossary.yaml. */
export const termSchema = () =>
	z
		.strictObject({
			/** The English name, as the page heading shows it. */
			en: z.string().min(1),
			/** The Korean name. */
			ko: z.string().min(1),
			/** The Japanese name. */
			ja: z.string().min(1),
			/** Other names and abbreviations readers search for; search treats them as the same term. */
			aliases: z.array(z.string().min(1)).default([]),
			/** What it means, in one or two plain sentences. */
			definition: z.string().min(1).max(400),
			/** The definition in Korean. Without it, the Korean glossary shows the English one, marked as English. Change it whenever the English changes. */
			definitionKo: z.string().min(1).max(400).optional(),
			/** The definition in Japanese. Without it, the Japanese glossary shows the English one, marked as English. Change it whenever the English changes. */
			definitionJa: z.string().min(1).max(400).optional(),
			/** Paths that explain it in depth. */
			paths: z.array(entryReference('paths')).default([]),
			/** Where the definition comes from. */
			sources: z.array(sourceSchema()).default([]),
		})
		.register(schemaBlocks, { block: 'termSchema' });

/**
 * The content model in one place: every collection's schema, built from one `ReferenceKit`.
 * Types come from the checker's reading, in which references are plain string ids.
 */
import type { z } from 'zod';
import { benefitSchema } from './benefits.ts';
import type { CollectionName } from './collections.ts';
import { croSchema } from './cros.ts';
import { termSchema } from './glossary.ts';
import { institutionSchema } from './institutions.ts';
import { pathSchema } from './paths.ts';
import { questionSchema } from './questions.ts';
import { markedReferences, type ReferenceKit } from './reference.ts';
import { zoneSchema } from './zones.ts';

export function collectionSchemas<Entry extends z.ZodType>(ref: ReferenceKit<Entry>) {
	return {
		paths: pathSchema(ref),
		cros: croSchema(ref),
		institutions: institutionSchema(ref),
		zones: zoneSchema(ref),
		benefits: benefitSchema(ref),
		questions: questionSchema(ref),
		glossary: termSchema(ref),
	} satisfies Record<CollectionName, z.ZodType>;
}

/** The schemas as the checker and the tests use them: references are string ids, marked with their target. */
export const schemas = collectionSchemas(markedReferences);

export type Path = z.infer<typeof schemas.paths>;
export type Step = Path['steps'][number];
export type Cro = z.infer<typeof schemas.cros>;
export type Institution = z.infer<typeof schemas.institutions>;
export type Zone = z.infer<typeof schemas.zones>;
export type Benefit = z.infer<typeof schemas.benefits>;
export type Term = z.infer<typeof schemas.glossary>;
export type Question = z.infer<typeof schemas.questions>;

export * from './collections.ts';
export * from './reference.ts';
export * from './vocab.ts';
export * from './routes.ts';

/**
 * The content model in one place: every collection's schema. Astro and the checker read the
 * same data with the same schemas (references are plain ids), so the types below are the
 * types of what every page receives.
 */
import type { z } from 'zod';
import { benefitSchema } from './benefits.ts';
import type { CollectionName } from './collections.ts';
import { croSchema } from './cros.ts';
import { termSchema } from './glossary.ts';
import { institutionSchema } from './institutions.ts';
import { pageSchema } from './pages.ts';
import { pathSchema } from './paths.ts';
import { precedentSchema } from './precedents.ts';
import { questionSchema } from './questions.ts';
import { zoneSchema } from './zones.ts';

/** Every collection's schema, by collection name. */
export const schemas = {
	paths: pathSchema(),
	cros: croSchema(),
	institutions: institutionSchema(),
	zones: zoneSchema(),
	benefits: benefitSchema(),
	questions: questionSchema(),
	precedents: precedentSchema(),
	pages: pageSchema(),
	glossary: termSchema(),
} satisfies Record<CollectionName, z.ZodType>;

export type Path = z.infer<typeof schemas.paths>;
export type Step = Path['steps'][number];
export type Cro = z.infer<typeof schemas.cros>;
export type Institution = z.infer<typeof schemas.institutions>;
export type Zone = z.infer<typeof schemas.zones>;
export type Benefit = z.infer<typeof schemas.benefits>;
export type Term = z.infer<typeof schemas.glossary>;
export type Question = z.infer<typeof schemas.questions>;
export type Precedent = z.infer<typeof schemas.precedents>;
export type SitePage = z.infer<typeof schemas.pages>;

export * from './collections.ts';
export * from './reference.ts';
export * from './vocab.ts';
export * from './routes.ts';

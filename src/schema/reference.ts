/**
 * How a schema points at another entry. The schemas are written once as factories that take
 * a `ReferenceKit`; Astro passes one built on its `reference()`, the checker passes
 * `markedReferences`, which keeps a plain string id and records the target collection in a
 * zod registry so the checker can find every reference field by walking the schema.
 */
import { z } from 'zod';
import type { CollectionName } from './collections.ts';

/** What the checker needs to know about a field that names another entry or a step. */
export type ReferenceTarget =
	| { kind: 'entry'; collection: CollectionName }
	/** A step id of a path: of the same entry (`path` undefined) or of the path named by the sibling field `path`. */
	| { kind: 'step'; pathField?: string }
	/** One of the same entry's `sources`, by number (1-based) or `key`. */
	| { kind: 'source' };

/** `Entry` is what a reference field becomes: a string id for the checker, Astro's `reference()` for Astro. */
export interface ReferenceKit<Entry extends z.ZodType = z.ZodType> {
	/** A field holding the id of an entry of `collection`. */
	entry(collection: CollectionName): Entry;
	/** A field holding a step id; see `ReferenceTarget`. */
	step(pathField?: string): z.ZodType<string>;
}

/** Where `markedReferences` records each reference field's target. */
export const referenceTargets = z.registry<ReferenceTarget>();

/** Ids are file stems: lower-case ASCII words joined by single hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const idString = () => z.string().regex(idPattern, { error: 'must be an id: lower-case letters, digits and single hyphens, like "pmda" or "ctl-approval"' });

/** The kit the checker uses: ids stay strings, targets are recorded in `referenceTargets`. */
export const markedReferences: ReferenceKit<z.ZodString> = {
	entry: (collection) => idString().register(referenceTargets, { kind: 'entry', collection }),
	step: (pathField) => idString().register(referenceTargets, pathField ? { kind: 'step', pathField } : { kind: 'step' }),
};

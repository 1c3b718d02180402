/**
 * How a schema points at another entry or a step. A reference is the plain id the editor
 * writes (Astro and the checker read the same data); its target is recorded in a zod registry,
 * so the checker finds every reference field by walking the schema and proves each one.
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

/** Where each reference field's target is recorded. */
export const referenceTargets = z.registry<ReferenceTarget>();

/** Ids are file stems: lower-case ASCII words joined by single hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const idString = () =>
	z.string().regex(idPattern, { error: 'must be an id: lower-case letters, digits and single hyphens, like "pmda" or "ctl-approval"' });

/** A field holding the id of an entry of `collection`. */
export const entryReference = (collection: CollectionName) => idString().register(referenceTargets, { kind: 'entry', collection });

/** A field holding a step id: of the same path, or of the path named by the sibling field `pathField`. */
export const stepReference = (pathField?: string) =>
	idString().register(referenceTargets, pathField ? { kind: 'step', pathField } : { kind: 'step' });

/** Site routes, in one place: a page, a link and the checker agree on them. */
import type { CollectionName } from '../schema/index.ts';

export function entryHref(collection: CollectionName, id: string): string {
	return collection === 'glossary' ? `/glossary/#${id}` : `/${collection}/${id}/`;
}

export function collectionHref(collection: CollectionName): string {
	return `/${collection}/`;
}

/** The anchor of a path's step, as used in `/paths/<id>/#step-<step>`. */
export function stepAnchor(stepId: string): string {
	return `step-${stepId}`;
}

export function stepHref(pathId: string, stepId: string): string {
	return `${entryHref('paths', pathId)}#${stepAnchor(stepId)}`;
}

/**
 * Where each entry lives on the site. Ids are file stems, so a route is a collection and an id.
 * Pages build links with these functions, and the checker proves body links against them.
 */
import { collectionNames, type CollectionName } from './collections.ts';

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

/** The anchor of the `<Step>` detail in a path's body. */
export function stepDetailAnchor(stepId: string): string {
	return `${stepAnchor(stepId)}-detail`;
}

/** The anchor of a page's n-th source (1-based) in its list of sources. */
export function sourceAnchor(number: number): string {
	return `source-${number}`;
}

export function stepHref(pathId: string, stepId: string): string {
	return `${entryHref('paths', pathId)}#${stepAnchor(stepId)}`;
}

/** Pages that exist whatever the content: the home page and every collection's list. */
export const fixedRoutes: readonly string[] = ['/', ...collectionNames.map(collectionHref)];

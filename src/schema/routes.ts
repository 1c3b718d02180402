/**
 * Where each entry lives on the site. Ids are file stems, so a route is a collection and an id.
 * Pages build links with these functions, and the checker proves body links against them.
 */
import { collectionNames, listedCollections, type CollectionName } from './collections.ts';

export function entryHref(collection: CollectionName, id: string): string {
	if (collection === 'glossary') return `/glossary/#${id}`;
	// The site's own pages sit at the top: /about/.
	if (collection === 'pages') return `/${id}/`;
	return `/${collection}/${id}/`;
}

/** `cros/cmic` → the collection and the id, as `<Ref to>` writes them; undefined when it is not written so. */
export function parseEntryRef(ref: string): { collection: CollectionName; id: string } | undefined {
	const [collection, id, extra] = ref.split('/');
	const known = collectionNames.find((name) => name === collection);
	return known && id && extra === undefined ? { collection: known, id } : undefined;
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

/** A page of the CRO directory that lists the CROs with one value of a facet: `/cros/service/manufacturing/`. */
export function facetHref(facet: string, value: string): string {
	return `/cros/${facet}/${value}/`;
}

/** The route finder's first question. */
export const finderRoute = '/finder/';

/** A route-finder outcome's own page: the plan, for sharing and for search engines. */
export function finderOutcomeHref(outcome: string): string {
	return `${finderRoute}${outcome}/`;
}

/** The same outcome for a company in a special zone: the plan with the zone's benefits. */
export function finderZoneOutcomeHref(outcome: string, zone: string): string {
	return `${finderRoute}${outcome}/${zone}/`;
}

/** The finder's page after these answers: the next question, with the answers so far in its address. */
export function finderAnswersHref(segment: string, answers: readonly string[]): string {
	return answers.length === 0 ? finderRoute : `${finderRoute}${segment}/${answers.join('/')}/`;
}

/** The search page; `?q=` starts a search. */
export const searchRoute = '/search/';

/** The feed of recently reviewed entries. */
export const feedRoute = '/rss.xml';

/** Open data: one JSON file per collection, the CRO directory as CSV, and the page that lists them. */
export const openDataRoutes = {
	index: '/data/',
	csv: '/data/cros.csv',
	json: (collection: CollectionName) => `/data/${collection}.json`,
} as const;

/** Pages that exist whatever the content: the home page, every collection's list, search, what's new, the feed and the open data. */
export const fixedRoutes: readonly string[] = [
	'/',
	...listedCollections.map(collectionHref),
	searchRoute,
	'/whats-new/',
	feedRoute,
	openDataRoutes.index,
	openDataRoutes.csv,
	...listedCollections.map(openDataRoutes.json),
];

/**
 * /cros/filters.css: the CRO directory's filters as CSS, so they narrow the list and combine
 * without JavaScript. For each value of each facet, one rule: while that value is chosen in its
 * select, every card without it is hidden. The rules of two facets both apply, so choices
 * combine. One file for every language (the values are ids, not words); the directory links it.
 */
import type { APIRoute } from 'astro';
import { croFacets, facetValues } from '../../graph/facets.ts';
import { getCatalogue } from '../../lib/catalogue.ts';

/** Values are vocabulary ids and country codes; anything else could break out of the CSS string. */
const safeValue = /^[A-Za-z0-9-]+$/;

export const GET: APIRoute = async () => {
	const { cros } = await getCatalogue();
	const rules = croFacets.flatMap((facet) =>
		facetValues(facet, cros).map(({ value }) => {
			if (!safeValue.test(value)) throw new Error(`The CRO facet ${facet.name} has the value "${value}", which is not an id.`);
			return `#cro-directory:has(#filter-${facet.name} option[value="${value}"]:checked) #cro-list > li:not([data-${facet.name}~="${value}"]) { display: none; }`;
		}),
	);
	return new Response(`${rules.join('\n')}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};

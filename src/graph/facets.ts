/** The CRO directory's facet values: which CROs have each value of a facet. */
import type { CroFacet } from '../schema/cro-facets.ts';
import type { Cro } from '../schema/index.ts';
import type { Entry } from './catalogue.ts';

export { croFacets, type CroFacet } from '../schema/cro-facets.ts';

/** Each value of a facet that at least one CRO has, with the CROs that have it. */
export function facetValues(facet: CroFacet, cros: readonly Entry<Cro>[]): { value: string; cros: Entry<Cro>[] }[] {
	const byValue = new Map<string, Entry<Cro>[]>();
	for (const cro of cros) for (const value of facet.values(cro.data)) byValue.set(value, [...(byValue.get(value) ?? []), cro]);
	return [...byValue]
		.map(([value, matching]) => ({ value, cros: matching }))
		.sort((a, b) => b.cros.length - a.cros.length || a.value.localeCompare(b.value));
}

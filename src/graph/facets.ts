/** The CRO directory's facets: which vocabulary each filters by and the values a CRO has. */
import type { Cro, VocabularyName } from '../schema/index.ts';
import type { Entry } from './catalogue.ts';

export const croFacets = [
	{ name: 'service', label: 'Service', vocabulary: 'services', values: (cro: Cro) => cro.services },
	{ name: 'modality', label: 'Modality', vocabulary: 'modalities', values: (cro: Cro) => cro.modalities },
	{ name: 'stage', label: 'Stage', vocabulary: 'stages', values: (cro: Cro) => cro.stages },
	{ name: 'language', label: 'Language', vocabulary: 'languages', values: (cro: Cro) => cro.languages.map((claim) => claim.language) },
	{ name: 'country', label: 'Country', vocabulary: 'countries', values: (cro: Cro) => [...new Set([cro.headquarters.country, ...cro.sites.map((site) => site.country)])] },
] as const satisfies readonly { name: string; label: string; vocabulary: VocabularyName; values: (cro: Cro) => readonly string[] }[];

export type CroFacet = (typeof croFacets)[number];

/** Each value of a facet that at least one CRO has, with the CROs that have it. */
export function facetValues(facet: CroFacet, cros: readonly Entry<Cro>[]): { value: string; cros: Entry<Cro>[] }[] {
	const byValue = new Map<string, Entry<Cro>[]>();
	for (const cro of cros) for (const value of facet.values(cro.data)) byValue.set(value, [...(byValue.get(value) ?? []), cro]);
	return [...byValue].map(([value, matching]) => ({ value, cros: matching })).sort((a, b) => b.cros.length - a.cros.length || a.value.localeCompare(b.value));
}

export function facetHref(facet: CroFacet, value: string): string {
	return `/cros/${facet.name}/${value}/`;
}

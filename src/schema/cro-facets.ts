/** The CRO directory's facets: which vocabulary each filters by and the values a CRO has. Each value also has its own page. */
import type { Cro } from './index.ts';
import type { VocabularyName } from './vocab.ts';

export const croFacets = [
	{ name: 'service', label: 'Service', vocabulary: 'services', values: (cro: Cro) => cro.services },
	{ name: 'modality', label: 'Modality', vocabulary: 'modalities', values: (cro: Cro) => cro.modalities },
	{ name: 'stage', label: 'Stage', vocabulary: 'stages', values: (cro: Cro) => cro.stages },
	{ name: 'language', label: 'Language', vocabulary: 'languages', values: (cro: Cro) => cro.languages.map((claim) => claim.language) },
	{
		name: 'country',
		label: 'Country',
		vocabulary: 'countries',
		values: (cro: Cro) => [...new Set([cro.headquarters.country, ...cro.sites.map((site) => site.country)])],
	},
] as const satisfies readonly { name: string; label: string; vocabulary: VocabularyName; values: (cro: Cro) => readonly string[] }[];

export type CroFacet = (typeof croFacets)[number];

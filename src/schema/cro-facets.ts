/** The CRO directory's facets: which vocabulary each filters by and the values a CRO has. Each value also has its own page; a facet's name in each language is in src/i18n (cros.facets). */
import type { Cro } from './index.ts';
import type { VocabularyName } from './vocab.ts';

export const croFacets = [
	{ name: 'service', vocabulary: 'services', values: (cro: Cro) => cro.services },
	{ name: 'modality', vocabulary: 'modalities', values: (cro: Cro) => cro.modalities },
	{ name: 'stage', vocabulary: 'stages', values: (cro: Cro) => cro.stages },
	{ name: 'language', vocabulary: 'languages', values: (cro: Cro) => cro.languages.map((claim) => claim.language) },
	{
		name: 'country',
		vocabulary: 'countries',
		values: (cro: Cro) => [...new Set([cro.headquarters.country, ...cro.sites.map((site) => site.country)])],
	},
] as const satisfies readonly { name: string; vocabulary: VocabularyName; values: (cro: Cro) => readonly string[] }[];

export type CroFacet = (typeof croFacets)[number];

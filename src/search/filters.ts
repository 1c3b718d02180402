/**
 * Search's filters, written into the index without language: a filter's name is a key
 * (`modality`) and its values are ids (`cell-therapy`), so that a Korean search can filter the
 * English pages it merges in (an entry not yet translated) by the same filter as its own pages.
 * The search page shows each name and value in the reader's language.
 */
import type { VocabularyName } from '../schema/vocab.ts';

/** The filters a reader can choose, in the order the search page shows them, with the vocabulary that names their values. */
export const searchFilters = [
	{ name: 'collection' },
	{ name: 'modality', vocabulary: 'modalities' },
	{ name: 'service', vocabulary: 'services' },
	{ name: 'stage', vocabulary: 'stages' },
	{ name: 'language', vocabulary: 'languages' },
	{ name: 'country', vocabulary: 'countries' },
] as const satisfies readonly { name: string; vocabulary?: VocabularyName }[];

export type SearchFilterName = (typeof searchFilters)[number]['name'];

/** A page's filter values, by filter, as ids. */
export type SearchFilterValues = Partial<Record<SearchFilterName, readonly string[]>>;

/**
 * On an English entry page: the other languages whose readers are shown this page's English
 * text because the entry has no translation into theirs. Their search merges the English index
 * and keeps, of its pages, only those with their language here.
 */
export const fallbackFilter = 'fallbackFor';

/** The filter every page of a merged index gets from Pagefind (its `mergeFilter`): which language's index it came from. */
export const indexFilter = 'index';

/** The `id` of the hidden section of an entry page that holds its extra search words (SearchText.astro), which a result's excerpt never quotes. */
export const searchWordsSection = 'search-words';

/**
 * Pagefind's ranking options, shared by /search/ and the tests. `names` is the metadata field
 * that holds an entry's other names (abbreviation, local name) and the glossary terms it is
 * about (SearchText.astro): a match there adds to the score like a title match, and a short
 * name that covers most of the query ("Shonan iPark" for "Shonan") lifts the entry above pages
 * that merely have the word in a longer title. Checked by test/e2e/search.test.ts.
 */
export const ranking = { metaWeights: { names: 4 } } as const;

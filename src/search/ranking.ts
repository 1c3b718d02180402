/**
 * Pagefind's ranking options, shared by /search/ and the tests. `names` is the metadata field
 * that holds an entry's other names and the glossary terms it is about (SearchText.astro): a
 * match there adds to the score like a small title match. At 5 it lifted the ASRM paths for
 * "ASRM" but let the Korean act's page win "Act on the Safety of Regenerative Medicine"; 2
 * keeps both right (test/e2e/search.test.ts).
 */
export const ranking = { metaWeights: { names: 2 } } as const;

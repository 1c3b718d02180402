/**
 * Pagefind's ranking options, shared by the search pages and the tests. `names` is the metadata
 * field that holds an entry's other names (abbreviation, local name) and the glossary terms it is
 * about (SearchText.astro): a match there adds to the score like a title match, and a short
 * name that covers most of the query ("Shonan iPark" for "Shonan") lifts the entry above pages
 * that merely have the word in a longer title.
 *
 * The title's own boost is kept small, and exact words favoured over longer ones, because
 * Pagefind boosts a metadata match by the word's rarity without its prefix penalty: a title
 * word that merely begins with the query ("Cartagena" for "CAR-T", which Pagefind reads as
 * "cart") would otherwise outrank the pages about the query. The title is still weighed through
 * its `<h1>` (weight 10). Checked by test/e2e/search.test.ts.
 */
export const ranking = { metaWeights: { names: 4, title: 1 }, termSimilarity: 3 } as const;

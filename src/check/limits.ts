/**
 * What the checker accepts from a pull request before it reads a file's meaning. Content is
 * written by people, not programs: these limits are far above any real entry and far below
 * what would slow a build or exhaust memory.
 */

/** The largest content file, in bytes. The longest real entry is about 12 KB; the glossary about 40 KB. */
export const maxFileBytes = 512 * 1024;

/** The deepest nesting of lists and maps in an entry's data. A path's step fee is 5 levels deep. */
export const maxDataDepth = 12;

/** The longest line of a body, in characters. A long paragraph is about 2,000; a line far longer is pasted data, and a code frame would repeat it for every problem on it. */
export const maxLineLength = 5_000;

/** The deepest nesting of quotes (`>`) in a body. Sätteri's compiled output grows with the square of the depth: 7,000 levels made 392 MB of code and crashed the build. */
export const maxQuoteDepth = 8;

/** The deepest nesting of lists in a body, counted by indentation. Real content nests three or four levels. */
export const maxListDepth = 10;

/** The deepest nesting of HTML elements in a body. A table cell's emphasis is five deep; 40,000 nested spans crashed the build. */
export const maxElementDepth = 24;

/** Broken links in one file for which "did you mean" is worked out; after these, the link is reported without a suggestion, so a file of broken links is checked at once. */
export const maxSuggestionsPerFile = 20;

/** The most names a glossary term may have across languages and aliases: every page that mentions a term carries all its names as search words. */
export const maxTermAliases = 30;

/** The most entries a pull request may add or change at once; more is a bulk import for a maintainer, not an edit. */
export const maxChangedFilesPerPullRequest = 200;

/**
 * What the checker accepts from a pull request before it reads a file's meaning. Content is
 * written by people, not programs: these limits are far above any real entry and far below
 * what would slow a build or exhaust memory.
 */

/** The largest content file, in bytes. The longest real entry is about 12 KB; the glossary about 40 KB. */
export const maxFileBytes = 512 * 1024;

/** The deepest nesting of lists and maps in an entry's data. A path's step fee is 5 levels deep. */
export const maxDataDepth = 12;

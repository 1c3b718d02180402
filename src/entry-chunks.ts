/**
 * How the build bundles the entries' compiled bodies: in one chunk, not one chunk each.
 *
 * Astro compiles each .mdx entry to a module that the page loads when it renders that entry, and
 * the bundler gives each its own chunk: at 10,000 entries, 10,000 files that Node reads, compiles
 * and links one by one while the pages render. Grouped, Node loads one. At 1,000 entries that
 * took the loading of modules during rendering from 1.0 s to 0.3 s of CPU, and the pages are
 * the same, byte for byte (decision 30). Astro's incremental cache (src/incremental-build.ts) is
 * keyed by modules, not chunks: with it, a changed entry still re-renders only its own pages.
 */

/**
 * A module of the bundle that is an entry's body: a .mdx file under `contentDir`, whatever query
 * Astro adds. Vite names modules by their path with forward slashes, on Windows too.
 */
export function isEntryModule(id: string, contentDir: string): boolean {
	const folder = `${contentDir.replaceAll('\\', '/').replace(/\/$/, '')}/`;
	return id.startsWith(folder) && /\.mdx(?:\?|$)/.test(id);
}

/**
 * Rolldown's code splitting for the prerender bundle (`output.codeSplitting`): the entries' modules
 * in one group, named "entries", with what they import.
 */
export function entryChunks(contentDir: string): { groups: { name: (id: string) => string | null }[] } {
	return { groups: [{ name: (id) => (isEntryModule(id, contentDir) ? 'entries' : null) }] };
}

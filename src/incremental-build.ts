/**
 * Whether a build keeps Astro's incremental cache (`experimental.incrementalBuild`), which copies
 * an unchanged entry's pages from the last build instead of rendering them again.
 *
 * Off unless asked for with BIOBRIDGE_INCREMENTAL_BUILD=1. Keeping the cache costs every build:
 * each page is written twice, its rendering is tracked, and Vite records what each page depends
 * on. At 1,000 entries, three alternating pairs of cold builds: 15.8–17.0 s without, 19.5–20.9 s
 * with. CI, previews and the Pages deployment always build from nothing, so they would pay that
 * and never copy a page. On a machine that builds the site again and again after editing content,
 * the variable makes the next build re-render only what changed (decision 29).
 */
export const incrementalBuildVariable = 'BIOBRIDGE_INCREMENTAL_BUILD';

/** Whether `env` asks for incremental builds; anything but 1, 0 or nothing is a mistake worth saying. */
export function incrementalBuild(env: NodeJS.ProcessEnv = process.env): boolean {
	const value = env[incrementalBuildVariable];
	if (value === undefined || value === '' || value === '0') return false;
	if (value === '1') return true;
	throw new Error(`${incrementalBuildVariable} must be 1 (keep Astro's incremental cache) or 0 (do not); it is "${value}".`);
}

/**
 * Where the site lives, in one place: its address, the base path it is served under (a GitHub
 * Pages project site is served at /<repository>/), and the repository behind "Edit this page".
 * Read from the environment when the site is built, so the same code publishes anywhere:
 *
 *   BIOBRIDGE_SITE_URL        https://biobridge.example.org   the site's origin (https)
 *   BIOBRIDGE_BASE_PATH       /                               the path it is served under, e.g. /biobridge/
 *   BIOBRIDGE_REPOSITORY_URL  https://github.com/biobridge/biobridge
 *   BIOBRIDGE_BRANCH          main                            the branch "Edit this page" opens
 *
 * astro.config.mjs reads the address and base path from here; every link goes through Astro's
 * base (src/lib/links.ts), so nothing else needs to know them.
 */
import { z } from 'zod';

const httpsUrl = (name: string) =>
	z
		.url({ protocol: /^https$/, error: `${name} must be an https:// address, e.g. https://example.org` })
		.transform((url) => url.replace(/\/+$/, ''));

const locationSchema = z.object({
	BIOBRIDGE_SITE_URL: httpsUrl('BIOBRIDGE_SITE_URL').default('https://biobridge.example.org'),
	BIOBRIDGE_BASE_PATH: z
		.string()
		.regex(/^\/(?:[A-Za-z0-9._~-]+\/?)*$/, { error: 'BIOBRIDGE_BASE_PATH must be a path such as / or /biobridge/' })
		.transform((path) => (path.endsWith('/') ? path : `${path}/`))
		.default('/'),
	BIOBRIDGE_REPOSITORY_URL: httpsUrl('BIOBRIDGE_REPOSITORY_URL').default('https://github.com/biobridge/biobridge'),
	BIOBRIDGE_BRANCH: z
		.string()
		.regex(/^[A-Za-z0-9._/-]+$/, { error: 'BIOBRIDGE_BRANCH must be a branch name' })
		.default('main'),
});

export interface SiteLocation {
	/** The site's origin, without a closing slash: https://example.org */
	site: string;
	/** The path the site is served under, with a closing slash: / or /biobridge/ */
	base: string;
	repository: string;
	branch: string;
}

/** The site's location from `env`; an empty variable counts as unset. A wrong value stops the build with what to write. */
export function siteLocationFrom(env: Readonly<Record<string, string | undefined>>): SiteLocation {
	const given = Object.fromEntries(Object.keys(locationSchema.shape).flatMap((key) => (env[key] ? [[key, env[key]]] : [])));
	const parsed = locationSchema.safeParse(given);
	if (!parsed.success)
		throw new Error(`Where the site lives is set wrongly: ${parsed.error.issues.map((issue) => issue.message).join('; ')}.`);
	const {
		BIOBRIDGE_SITE_URL: site,
		BIOBRIDGE_BASE_PATH: base,
		BIOBRIDGE_REPOSITORY_URL: repository,
		BIOBRIDGE_BRANCH: branch,
	} = parsed.data;
	return { site, base, repository, branch };
}

/** Where this build's site lives. */
export const siteLocation: SiteLocation = siteLocationFrom(process.env);

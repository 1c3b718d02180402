/** Where the build tests find the sites that test/build/setup.ts builds, and how to read them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultLocale, locales, type Locale } from '../../src/schema/locales.ts';

export const root = join(import.meta.dirname, '..', '..');
export const siteDir = join(root, 'test', '.tmp', 'site');
/**
 * The site as a GitHub Pages project site (under a base path, at another address, from another
 * repository), with one entry left untranslated, and rendered by the fallback Markdown processor
 * (unified + remark-gfm): one build for three comparisons with the site itself (test/build/setup.ts).
 */
export const baseSiteDir = join(root, 'test', '.tmp', 'site-base');
export const baseLocation = {
	BIOBRIDGE_SITE_URL: 'https://example.github.io',
	BIOBRIDGE_BASE_PATH: '/biobridge/',
	BIOBRIDGE_REPOSITORY_URL: 'https://github.com/example/biobridge',
	BIOBRIDGE_BRANCH: 'trunk',
};

/** The entry whose translations the site under a base path is built without (test/build/setup.ts). */
export const untranslatedEntry = 'cros/cmic';

const walked = new Map<string, string[]>();

/** Every HTML file of a built site, as a route like `/paths/ctl-approval/`: walked once per site, since the tests ask thousands of times. */
export function routes(dir: string = siteDir): string[] {
	const known = walked.get(dir);
	if (known) return known;
	const found = walkRoutes(dir);
	walked.set(dir, found);
	return found;
}

function walkRoutes(dir: string): string[] {
	const found: string[] = [];
	const walk = (folder: string) => {
		for (const item of readdirSync(folder, { withFileTypes: true })) {
			const full = join(folder, item.name);
			if (item.isDirectory()) walk(full);
			else if (item.name.endsWith('.html')) found.push(`/${relative(dir, full).replace(/index\.html$/, '')}`);
		}
	};
	walk(dir);
	return found.sort();
}

export function readPage(route: string, dir: string = siteDir): string {
	const file = route.endsWith('.html') ? route : join(route, 'index.html');
	return readFileSync(join(dir, file), 'utf8');
}

/** The language of a built page, from its address: /ko/… is Korean, /ja/… Japanese, the rest English. */
export function localeOf(route: string): Locale {
	return (
		locales.find((locale) => locale !== defaultLocale && (route === `/${locale}/` || route.startsWith(`/${locale}/`))) ?? defaultLocale
	);
}

/** A route without its language prefix: /ko/paths/x/ → /paths/x/. */
export function unprefixed(route: string): string {
	const locale = localeOf(route);
	return locale === defaultLocale ? route : route.slice(locale.length + 1);
}

/** A route in a language: routeIn('ko', '/paths/x/') → /ko/paths/x/. */
export function routeIn(locale: Locale, route: string): string {
	return locale === defaultLocale ? route : `/${locale}${route}`;
}

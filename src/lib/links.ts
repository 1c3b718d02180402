/**
 * Links in the reader's language. Every page and component writes its links through these, so
 * a Korean page links to Korean pages, and a base path (a GitHub Pages project site) is kept:
 * Astro's `getRelativeLocaleUrl` adds both.
 */
import { getRelativeLocaleUrl } from 'astro:i18n';
import { defaultLocale, locales, type Locale } from '../i18n/index.ts';
import { feedRoute } from '../schema/routes.ts';
import { memoise } from '../util/memoise.ts';

/** A file other than the feed (the open data) has one address whatever the language; every page, and the feed, exists in each. */
const sharedFile = (path: string) => /\.[a-z]+$/.test(path) && path !== feedRoute;

/**
 * `route` (a site route as content writes it: `/paths/x/#step-y`, `/rss.xml`) in `locale`. Kept
 * once made: a build asks for the same few (the menu, the footer, common entries) on every page.
 */
export const localHref = memoise((locale: Locale, route: string) => `${locale} ${route}`, makeHref);

function makeHref(locale: Locale, route: string): string {
	const [, path = '/', rest = ''] = /^([^#?]*)(.*)$/.exec(route) ?? [];
	// A file (rss.xml, cros.csv) takes no closing slash; a page always has one.
	if (/\.[a-z]+$/.test(path)) return `${getRelativeLocaleUrl(sharedFile(path) ? defaultLocale : locale).replace(/\/$/, '')}${path}${rest}`;
	return `${getRelativeLocaleUrl(locale, path.replace(/^\/+/, ''))}${rest}`;
}

/** The route of a page without its locale prefix, whatever the base path: `/ko/paths/x/` → `/paths/x/`. */
export function routeOf(pathname: string): string {
	const home = localHref(defaultLocale, '/');
	let route = pathname.startsWith(home) ? `/${pathname.slice(home.length)}` : pathname;
	for (const locale of locales) {
		if (locale !== defaultLocale && (route === `/${locale}/` || route.startsWith(`/${locale}/`))) route = route.slice(locale.length + 1);
	}
	return route.replace(/^\/+/, '/');
}

/**
 * Internal links in rendered body HTML, pointed at the same pages in `locale` under the site's
 * base. Content writes them root-relative (`/paths/x/`); a body component (`<Term>`, `<Ref>`)
 * has already localized its own, so each link is first taken back to its route.
 */
export function localizeLinks(html: string, locale: Locale): string {
	return html.replace(
		/href="(\/[^"#?]*)([^"]*)"/g,
		(_whole, path: string, rest: string) => `href="${localHref(locale, `${routeOf(path)}${rest}`)}"`,
	);
}

/** A route's absolute address on the published site, base path included: for open data, feeds and robots.txt. */
export function absoluteHref(site: URL | undefined, route: string, locale: Locale = defaultLocale): string {
	if (!site) throw new Error('astro.config.mjs sets no `site`, so absolute addresses cannot be made.');
	return new URL(localHref(locale, route), site).href;
}

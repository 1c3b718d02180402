import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFacts } from './html.ts';
import { locales } from '../../src/schema/locales.ts';
import { readPage, routeIn, routes, siteDir } from './site.ts';

const pages = new Map(routes().map((route) => [route, pageFacts(readPage(route))]));

/** The page or file an internal href leads to, and its anchor. */
function resolve(from: string, href: string): { route: string; hash?: string } | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
	const url = new URL(href, `https://site.test${from}`);
	return { route: url.pathname, hash: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined };
}

describe('links in the built site', () => {
	it('has pages to check', () => {
		expect(pages.size).toBeGreaterThan(50);
	});

	it.each([...pages.keys()])('%s: every internal link leads to a page or file that exists, and to an anchor on it', (route) => {
		const broken: string[] = [];
		for (const href of pages.get(route)!.hrefs) {
			const target = resolve(route, href);
			if (!target) continue;
			const page = pages.get(target.route);
			if (!page) {
				if (!existsSync(join(siteDir, target.route))) broken.push(`${href} (no such page)`);
				continue;
			}
			if (target.hash && !page.ids.has(target.hash)) broken.push(`${href} (no #${target.hash} on ${target.route})`);
		}
		expect(broken).toEqual([]);
	});
});

describe('scripts in the built site', () => {
	const withScripts = [...pages].filter(([, facts]) => facts.scripts.length > 0).map(([route]) => route);

	// Paths carry "Show all steps" (every step also opens without it); the directory's filters work without theirs; the precedents table sorts.
	const pathPages = [...pages.keys()].filter((route) => /^(?:\/(?:ko|ja))?\/paths\/[^/]+\/$/.test(route));

	it('ships JavaScript only on the search page, the CRO directory, the precedents table and the path pages, in each language', () => {
		expect(pathPages.length).toBeGreaterThan(locales.length);
		expect(withScripts.sort()).toEqual(
			[
				...locales.flatMap((locale) => [routeIn(locale, '/cros/'), routeIn(locale, '/search/'), routeIn(locale, '/precedents/')]),
				...pathPages,
			].sort(),
		);
	});

	it('keeps every script in a file (no inline code), the directory filter under 5 KB and "Show all steps" under 1 KB', () => {
		for (const route of withScripts) expect(pages.get(route)!.scripts, route).not.toContain('inline');
		const size = (route: string) => pages.get(route)!.scripts.reduce((total, src) => total + statSync(join(siteDir, src)).size, 0);
		expect(size('/cros/')).toBeGreaterThan(0);
		expect(size('/cros/')).toBeLessThanOrEqual(5 * 1024);
		expect(size(pathPages[0]!)).toBeGreaterThan(0);
		expect(size(pathPages[0]!)).toBeLessThanOrEqual(1024);
	});
});

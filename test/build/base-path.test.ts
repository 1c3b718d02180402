/** The site built under a base path (a GitHub Pages project site): every link, asset and address stays inside it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFacts } from './html.ts';
import { baseLocation, baseSiteDir, readPage, routes } from './site.ts';

const base = baseLocation.BIOBRIDGE_BASE_PATH;
const origin = baseLocation.BIOBRIDGE_SITE_URL;
const siteRoutes = routes(baseSiteDir);
const pages = new Map(siteRoutes.map((route) => [route, pageFacts(readPage(route, baseSiteDir))]));
const file = (name: string) => readFileSync(join(baseSiteDir, name), 'utf8');

describe(`the site under the base path ${base}`, () => {
	it('links every page only to pages, files and anchors under the base path', () => {
		const broken: string[] = [];
		for (const [route, facts] of pages) {
			for (const href of [...facts.hrefs, ...facts.scripts.filter((src) => src !== 'inline')]) {
				if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith(`${origin}/`)) continue; // another site
				const url = new URL(href, `${origin}${base}${route.slice(1)}`);
				if (url.origin !== origin) continue;
				if (!url.pathname.startsWith(base)) {
					broken.push(`${route}: ${href} (outside ${base})`);
					continue;
				}
				const target = `/${url.pathname.slice(base.length)}`;
				const page = pages.get(target);
				const exists =
					page !== undefined ||
					siteRoutes.includes(target) ||
					(() => {
						try {
							readFileSync(join(baseSiteDir, target));
							return true;
						} catch {
							return false;
						}
					})();
				if (!exists) broken.push(`${route}: ${href} (no such page)`);
				else if (page && url.hash && !page.ids.has(decodeURIComponent(url.hash.slice(1))))
					broken.push(`${route}: ${href} (no such anchor)`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('names the published address in canonical links, hreflang, the sitemap, the feeds, robots.txt and open data', () => {
		const home = readPage('/', baseSiteDir);
		expect(home).toContain(`<link rel="canonical" href="${origin}${base}">`);
		expect(home).toContain(`hreflang="ko" href="${origin}${base}ko/"`);
		expect(file('sitemap-0.xml')).toContain(`<loc>${origin}${base}paths/ctl-approval/</loc>`);
		expect(file('rss.xml')).toMatch(new RegExp(`<link>${origin}${base}[a-z]+/[a-z0-9-]+/</link>`));
		expect(file('ko/rss.xml')).toMatch(new RegExp(`<link>${origin}${base}ko/[a-z]+/[a-z0-9-]+/</link>`));
		expect(file('robots.txt')).toContain(`Sitemap: ${origin}${base}sitemap-index.xml`);
		expect(JSON.parse(file('data/paths.json')).entries[0].url).toMatch(new RegExp(`^${origin}${base}paths/`));
		expect(file('data/cros.csv')).toContain(`"${origin}${base}cros/`);
		const path = readPage('/paths/ctl-approval/', baseSiteDir);
		expect(path).toContain(`"url":"${origin}${base}paths/ctl-approval/"`);
		expect(path).toContain(
			`href="${baseLocation.BIOBRIDGE_REPOSITORY_URL}/edit/${baseLocation.BIOBRIDGE_BRANCH}/content/paths/ctl-approval.mdx"`,
		);
	});

	it('points search at its index under the base path', () => {
		const search = readPage('/search/', baseSiteDir);
		expect(search).toContain(`bundle-path="${base}pagefind/"`);
		expect(search).toContain(`base-url="${base}"`);
		expect(search).toContain(`src="${base}pagefind/pagefind-component-ui.js"`);
	});
});

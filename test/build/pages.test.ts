import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeXML } from 'entities';
import { parse } from 'yaml';
import { parsePolicy, securityPolicy } from '../../src/site-config.ts';
import { visibleText } from './html.ts';
import { describe, expect, it } from 'vitest';
import { listContentFiles } from '../../src/check/content-files.ts';
import { searchPages } from '../../src/integrations/pagefind.ts';
import { isIndexed } from '../../src/search/pagefind-index.ts';
import { defaultLocale, formatDate, locales, t } from '../../src/i18n/index.ts';
import { entryHref, finderRoute, glossaryFile, listedCollections, type EntryCollection } from '../../src/schema/index.ts';
import { headings } from './html.ts';
import { localeOf, readPage, root, routeIn, routes, siteDir, unprefixed } from './site.ts';

const contentDir = join(root, 'content');
const contentFiles = listContentFiles(contentDir).files;
/** Entry files as routes, leaving out translations (<id>.<lang>.mdx), which are not entries. */
const contentRoutes = contentFiles
	.filter((file) => file.kind === 'entry')
	.map((file) => entryHref(file.collection as EntryCollection, file.id));
/** The site's own pages (content/pages/), which sit at the top of the site: /about/. */
const sitePageRoutes = new Set(
	contentFiles.filter((file) => file.kind === 'entry' && file.collection === 'pages').map((file) => entryHref('pages', file.id)),
);
/** Routes of entry pages in every language: /paths/x/, /ko/paths/x/, /ja/paths/x/, and /about/, /ko/about/, /ja/about/. */
const entryRoutes = routes().filter(
	(route) =>
		(/^\/[a-z]+\/[^/]+\/$/.test(unprefixed(route)) && !unprefixed(route).startsWith(finderRoute)) || sitePageRoutes.has(unprefixed(route)),
);
/** Translation files, as `<lang>:<route>`. */
const translated = new Set(
	contentFiles
		.filter((file) => file.kind === 'translation')
		.map((file) => `${file.lang}:${entryHref(file.collection as EntryCollection, file.id)}`),
);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the built site', () => {
	it.each(locales)('has exactly one %s page for every content file, and no entry page without one', (locale) => {
		expect(contentRoutes.length).toBeGreaterThan(0);
		const inLocale = entryRoutes.filter((route) => localeOf(route) === locale).map(unprefixed);
		expect(inLocale).toEqual([...contentRoutes].sort());
	});

	// Search indexes these first, as Astro writes them (src/search/index-site.ts): a page the list names that the build does not write would only wait until the end.
	it('writes, for search to index, the English page of every entry where the indexer looks for it', () => {
		const { early } = searchPages(contentDir);
		expect(early).toHaveLength(contentRoutes.length);
		for (const file of early) expect(isIndexed(readFileSync(join(siteDir, file), 'utf8')), file).toBe(true);
	});

	it('has every page in all three languages', () => {
		const pages = routes().filter((route) => route.endsWith('/'));
		for (const locale of locales) {
			expect(pages.filter((route) => localeOf(route) === locale).map(unprefixed)).toEqual(
				pages.filter((route) => localeOf(route) === defaultLocale),
			);
		}
		for (const locale of locales) expect(routes(), locale).toContain(routeIn(locale, '/404.html'));
	});

	it('gives every glossary term its anchor on the one glossary page', () => {
		const terms = Object.keys(parse(readFileSync(join(contentDir, glossaryFile), 'utf8')));
		const page = readPage('/glossary/');
		for (const term of terms) expect(page, term).toContain(`id="${term}"`);
	});

	it.each(locales)('shows on the %s glossary the look-alike terms each term is not, and the variants the site does not write', (locale) => {
		const terms = parse(readFileSync(join(contentDir, glossaryFile), 'utf8')) as Record<
			string,
			{ falseFriends?: { text: string; note: Record<string, string | undefined> }[]; avoid?: Record<string, string[] | undefined> }
		>;
		const text = visibleText(readPage(routeIn(locale, '/glossary/')));
		let shown = 0;
		for (const [id, term] of Object.entries(terms)) {
			for (const friend of term.falseFriends ?? []) {
				expect(text, `${id}: ${friend.text}`).toContain(friend.text);
				expect(text, `${id}: the note on ${friend.text}`).toContain(friend.note[locale] ?? friend.note.en);
				shown++;
			}
			for (const variant of term.avoid?.[locale] ?? []) expect(text, `${id}: ${variant}`).toContain(variant);
		}
		expect(shown).toBeGreaterThan(0);
	});

	it.each(locales.filter((locale) => locale !== defaultLocale))(
		'gives each term its %s definition on that glossary page where one is written, and the English one marked as English where not',
		(locale) => {
			const terms = parse(readFileSync(join(contentDir, glossaryFile), 'utf8')) as Record<string, Record<string, string>>;
			const page = readPage(routeIn(locale, '/glossary/'));
			const field = locale === 'ko' ? 'definitionKo' : 'definitionJa';
			for (const [id, term] of Object.entries(terms)) {
				const start = page.indexOf(`id="${id}"`);
				// Astro's scoping attributes aside, as a reader's browser shows it.
				const block = decodeXML(page.slice(start, page.indexOf('</div>', start)).replace(/ data-astro-cid-[a-z0-9]+/g, ''));
				const written = term[field];
				if (written) expect(block, id).toContain(`<p>${written}</p>`);
				else expect(block, id).toContain(`<p lang="en">${term.definition}</p>`);
			}
		},
	);

	it.each(routes())('%s declares its language, has a title and sets the security policy', (route) => {
		const page = readPage(route);
		// The policy, read back directive by directive: nothing inline may run or style the page.
		const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page);
		expect(parsePolicy(meta?.[1] ?? '')).toEqual(securityPolicy);
		expect(meta?.[1]).not.toContain('unsafe-inline');
		expect(page).toContain(`<html lang="${localeOf(route)}"`);
		expect(page).toMatch(/<title>[^<]+\| BioBridge<\/title>/);
	});

	it.each(routes().filter((route) => route.endsWith('/')))(
		'%s names its address in each language, and the switcher leads there',
		(route) => {
			const page = readPage(route);
			const site = 'https://biobridge.example.org';
			for (const locale of locales) {
				const there = routeIn(locale, unprefixed(route));
				expect(page).toContain(`<link rel="alternate" hreflang="${locale}" href="${site}${there}">`);
				expect(page).toMatch(new RegExp(`<a href="${escapeRegExp(there)}" lang="${locale}" hreflang="${locale}"`));
				expect(routes(), there).toContain(there);
			}
			expect(page).toContain(`<link rel="alternate" hreflang="x-default" href="${site}${unprefixed(route)}">`);
		},
	);

	it('offers an archived copy of every source, nearest the day it was checked', () => {
		const page = readPage('/paths/ctl-approval/');
		const sources = [...page.matchAll(/<li id="source-\d+"[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1]!);
		expect(sources.length).toBeGreaterThan(0);
		for (const source of sources) expect(source).toMatch(/href="https:\/\/web\.archive\.org\/web\/(?:\d{8}|2)\/https:\/\//);
	});

	it.each(entryRoutes)('%s shows its reviewed date, written in its language', (route) => {
		const locale = localeOf(route);
		const [before, after] = t(locale).entry.lastReviewed.split('{date}').map(escapeRegExp);
		const match = new RegExp(`${before}<time datetime="(\\d{4}-\\d{2}-\\d{2})"[^>]*>([^<]+)</time>${after}`).exec(readPage(route));
		expect(match, 'no review date').not.toBeNull();
		expect(match![2]).toBe(formatDate(locale, new Date(match![1])));
	});

	const koreanPages = entryRoutes.filter((route) => localeOf(route) === 'ko');
	it.each(koreanPages)('%s has Korean headings, and marks what is still English', (route) => {
		const found = headings(readPage(route));
		const hangul = /[\uAC00-\uD7A3]/;
		const h1 = found.find((heading) => heading.level === 1)!;
		if (translated.has(`ko:${unprefixed(route)}`)) expect(h1.lang).toBe('ko');
		else expect(h1.lang).toBe('en');
		// Whole-page translations: the title is Korean too (organisations may keep a Latin name).
		if (/^\/(?:paths|benefits|zones|questions)\//.test(unprefixed(route))) expect(h1.text).toMatch(hangul);
		for (const heading of found.filter((other) => other.level > 1 && other.lang === 'ko'))
			expect(heading.text, heading.text).toMatch(hangul);
	});

	it.each(['ko', 'ja'] as const)('tells a reader in %s which pages are not yet translated, on the page itself', (locale) => {
		const words = t(locale).entry;
		for (const route of entryRoutes.filter((other) => localeOf(other) === locale)) {
			const page = readPage(route);
			const hasTranslation = translated.has(`${locale}:${unprefixed(route)}`);
			expect(page.includes(words.notTranslated), route).toBe(!hasTranslation);
		}
	});

	it.each(['ko', 'ja'] as const)(
		'says in %s, on each page, that a translation is a draft until a native speaker has reviewed it',
		(locale) => {
			const draftNotice = t(locale).entry.draftTranslation.split('{english}')[0];
			const statuses = new Map(
				contentFiles
					.filter((file) => file.kind === 'translation' && file.lang === locale)
					.map((file) => {
						const text = readFileSync(file.absolute, 'utf8');
						const status = /^status:\s*(\S+)/m.exec(text.split('\n---')[0])?.[1] ?? 'machine-draft';
						return [routeIn(locale, entryHref(file.collection as EntryCollection, file.id)), status] as const;
					}),
			);
			for (const [route, status] of statuses) {
				const page = visibleText(readPage(route));
				expect(page.includes(draftNotice), route).toBe(status === 'machine-draft');
			}
			expect([...statuses.values()]).toContain('machine-draft');
		},
	);
});

describe('what is new', () => {
	it('lists entries newest review first in the RSS feed, with the editor’s note of what changed', () => {
		const feed = readFileSync(join(siteDir, 'rss.xml'), 'utf8');
		const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1]);
		expect(items.length).toBe(Math.min(50, contentRoutes.length));
		const dates = items.map((item) => Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(item)![1]));
		expect([...dates].sort((a, b) => b - a)).toEqual(dates);
		// Each item says what changed, in the editor's words, or else what the entry is.
		// The site's own pages have no open data; every other entry's note is in its collection's JSON.
		const entries = listedCollections.flatMap(
			(collection) =>
				(
					JSON.parse(readFileSync(join(siteDir, 'data', `${collection}.json`), 'utf8')) as {
						entries: { url: string; summary: string; changes?: string }[];
					}
				).entries,
		);
		const byLink = new Map(entries.map((entry) => [new URL(entry.url).pathname, entry]));
		const described = items.map((item) => ({
			link: new URL(/<link>([^<]+)<\/link>/.exec(item)![1]).pathname,
			description: decodeXML(/<description>([^<]*)<\/description>/.exec(item)![1]),
		}));
		for (const { link, description } of described) {
			const entry = byLink.get(link);
			if (entry === undefined) {
				expect(sitePageRoutes.has(link), link).toBe(true);
				continue;
			}
			expect(description).toBe(entry.changes ?? entry.summary);
		}
		const noted = described.find(({ link }) => byLink.get(link)?.changes)!;
		expect(visibleText(readPage('/whats-new/'))).toContain(noted.description);
	});
});

describe('each language', () => {
	it.each(['ko', 'ja'] as const)('has its own RSS feed, whose items lead to pages in %s', (locale) => {
		const feed = readFileSync(join(siteDir, locale, 'rss.xml'), 'utf8');
		expect(feed).toContain(`<language>${locale}</language>`);
		const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => new URL(match[1]).pathname).slice(1);
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) {
			expect(localeOf(link), link).toBe(locale);
			expect(routes(), link).toContain(link);
		}
		// Translated entries appear under their translated titles.
		const script = { ko: /[\uAC00-\uD7A3]/, ja: /[\u3040-\u30FF]/ }[locale];
		expect([...feed.matchAll(/<title>([^<]+)<\/title>/g)].slice(1).some((match) => script.test(match[1]))).toBe(true);
	});

	it('lists every page in the sitemap with its address in each language', () => {
		const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
		const urls = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1]);
		expect(urls.length).toBe(
			routes().filter((route) => route.endsWith('/') && !/\/search\/$/.test(route) && !route.includes('/finder/answers/')).length,
		);
		for (const url of urls) {
			const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(url)![1]).pathname;
			for (const locale of locales) {
				expect(url, loc).toContain(`hreflang="${locale}" href="https://biobridge.example.org${routeIn(locale, unprefixed(loc))}"`);
			}
		}
	});
});

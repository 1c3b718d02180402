import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listContentFiles } from '../../src/check/content-files.ts';
import { parse } from 'yaml';
import { t } from '../../src/i18n/index.ts';
import { finderFile } from '../../src/schema/finder.ts';
import { label } from '../../src/schema/index.ts';
import { addressOf, pagefindSetup, settingsOf } from '../../src/scripts/search.ts';
import { parsePolicy } from '../../src/site-config.ts';
import { visibleText } from '../build/html.ts';
import { baseLocation, baseSiteDir, root, siteDir, untranslatedEntry } from '../build/site.ts';
import { browserAvailable, launch } from '../support/browser.ts';
import { serve } from '../support/static-server.ts';

/**
 * Pagefind in a search page that `page` has open, set up as the page sets it up
 * (src/scripts/search.ts: in Korean and Japanese, with the English index merged in): a search
 * gives the addresses its results lead to, best first, and whether each came from the page's own
 * language's index. The code is a string because vitest would rewrite an import() written in a
 * function for Node.
 */
async function searcher(page: Page) {
	const settings = settingsOf(await page.evaluate(() => ({ ...document.getElementById('search')?.dataset })));
	const { options, filters } = pagefindSetup(settings, new URL(page.url()).origin);
	const inPagefind = <T>(body: string): Promise<T> =>
		page.evaluate(`(async () => {
			const pagefind = await import(${JSON.stringify(`${settings.bundle}pagefind.js`)});
			if (!window.searchReady) {
				const { mergeIndex, ...options } = ${JSON.stringify(options)};
				window.searchReady = pagefind.options(options).then(async () => {
					for (const { bundlePath, ...merged } of mergeIndex) await pagefind.mergeIndex(bundlePath, merged);
				});
			}
			await window.searchReady;
			${body}
		})()`) as Promise<T>;
	const results = async (query: string, more: Record<string, unknown> = {}) =>
		(
			await inPagefind<string[]>(
				`const result = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify({ ...filters, ...more })} }); return Promise.all(result.results.map(async (r) => (await r.data()).url));`,
			)
		).map((url) => ({ url: addressOf(url, settings), own: addressOf(url, settings) === url }));
	return {
		inPagefind,
		results,
		search: async (query: string, more: Record<string, unknown> = {}) => (await results(query, more)).map((result) => result.url),
	};
}

/** Each query and the page a reader should find first (with the tests below, 15 queries). */
const firstResults: [string, string][] = [
	['conditional approval', '/paths/ctl-approval/'],
	['Cartagena', '/paths/cartagena-type-1-approval/'],
	['SAKIGAKE', '/paths/sakigake-designation/'],
	['orphan designation', '/paths/orphan-designation/'],
	['clinical trial notification', '/paths/clinical-trial-notification/'],
	['Joint Fund', '/institutions/korea-japan-joint-fund/'],
	['治験', '/paths/clinical-trial-notification/'],
	['첨단재생바이오법', '/paths/kr-regenerative-treatment/'],
	['아이파크', '/zones/chungbuk-regenerative-bio-zone/'],
];

/** One Chromium for the whole file; each block below opens its own contexts in it, as a browser of its own would be. */
let browser: Browser;
beforeAll(async () => {
	if (browserAvailable) browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe.skipIf(!browserAvailable)('search on the built site, in Chromium', () => {
	let context: BrowserContext;
	let server: Server;
	let base: string;
	let page: Page;
	const violations: string[] = [];

	let search: Awaited<ReturnType<typeof searcher>>['search'];
	let inPagefind: Awaited<ReturnType<typeof searcher>>['inPagefind'];

	beforeAll(async () => {
		({ url: base, server } = await serve(siteDir));
		context = await browser.newContext();
		page = await context.newPage();
		page.on('console', (message) => {
			if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
		});
		await page.goto(`${base}/search/`);
		({ search, inPagefind } = await searcher(page));
	});

	afterAll(async () => {
		await context?.close();
		server?.close();
	});

	it.each(firstResults)('"%s" finds %s first', async (query, expected) => {
		expect((await search(query))[0]).toBe(expected);
	});

	/** The CROs of the directory, by their page, with their services. */
	const croServices = new Map(
		(
			JSON.parse(readFileSync(join(siteDir, 'data', 'cros.json'), 'utf8')) as { entries: { url: string; services: string[] }[] }
		).entries.map((cro) => [new URL(cro.url).pathname, cro.services]),
	);

	it('"GLP" finds a CRO that runs GLP nonclinical safety studies first', async () => {
		expect(croServices.get((await search('GLP'))[0])).toContain('nonclinical-safety');
	});

	it('"cell processing" finds a cell-processing provider or the licence of a cell-processing facility first', async () => {
		const [first] = await search('cell processing');
		expect(croServices.get(first)?.includes('cell-processing') || /^\/paths\/asrm-[a-z-]*cell-processing/.test(first)).toBe(true);
	});

	it.each(['ASRM', 'Act on the Safety of Regenerative Medicine', '재생의료법', '再生医療等安全性確保法'])(
		'"%s" finds the paths under the ASRM first: glossary names are synonyms',
		async (query) => {
			const results = await search(query);
			for (const url of results.slice(0, 4)) expect(url).toMatch(/^\/paths\/asrm-/);
		},
	);

	it.each(['Shonan', 'Shonan iPark'])(
		'"%s" finds the institution of that name first, above pages that only mention it in a longer title',
		async (query) => {
			expect((await search(query))[0]).toBe('/institutions/shonan-ipark/');
		},
	);

	it('"MFDS" finds the regulator in the first two results, with only its own approval route above it', async () => {
		const results = await search('MFDS');
		expect(results.slice(0, 2)).toContain('/institutions/mfds/');
		expect(results[0] === '/institutions/mfds/' || results[0] === '/paths/kr-advanced-biological-product-approval/').toBe(true);
	});

	it('finds a Korean noun that the page only writes with a particle attached', async () => {
		const zone = readFileSync(join(siteDir, 'zones/chungbuk-regenerative-bio-zone/index.html'), 'utf8');
		expect(zone).toContain('아이파크에');
		expect(visibleText(zone)).toContain('아이파크에');
		expect(visibleText(zone)).not.toMatch(/아이파크(?!에)/);
		expect(await search('아이파크')).toContain('/zones/chungbuk-regenerative-bio-zone/');
	});

	it('narrows results with a filter: service = nonclinical safety', async () => {
		const all = await search('CRO');
		const narrowed = await search('CRO', { service: 'nonclinical-safety' });
		expect(narrowed.length).toBeGreaterThan(0);
		expect(narrowed.length).toBeLessThan(all.length);
		const cros = JSON.parse(readFileSync(join(siteDir, 'data/cros.json'), 'utf8')) as { entries: { id: string; services: string[] }[] };
		const expected = cros.entries.filter((cro) => cro.services.includes('nonclinical-safety')).map((cro) => `/cros/${cro.id}/`);
		for (const url of narrowed) expect(expected).toContain(url);
	});

	it('has one search record per content file (every entry, and the glossary) and per route-finder outcome', async () => {
		const counts = await inPagefind<Record<string, number>>(`return (await pagefind.filters()).collection;`);
		const files = listContentFiles(join(root, 'content')).files.filter((file) => file.kind === 'entry' || file.kind === 'glossary').length;
		const outcomes = Object.keys((parse(readFileSync(join(root, 'content', finderFile), 'utf8')) as { outcomes: object }).outcomes).length;
		expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(files + outcomes);
		expect(counts.glossary).toBe(1);
		// Each outcome of the route finder is found on its own page; its zone variants are not indexed again.
		expect(counts.finder).toBe(outcomes);
	});

	it('finds a route-finder plan by its title, below the paths it draws on', async () => {
		const finder = parse(readFileSync(join(root, 'content', finderFile), 'utf8')) as {
			outcomes: Record<string, { title: { en: string } }>;
		};
		const [id, outcome] = Object.entries(finder.outcomes)[0]!;
		expect(await search(outcome.title.en)).toContain(`/finder/${id}/`);
	});

	it('runs a query from the header form in the search UI, and shows the collection, summary and review date', async () => {
		await page.goto(`${base}/`);
		await page.fill('#site-search', 'Cartagena');
		await page.press('#site-search', 'Enter');
		await page.waitForURL(/\/search\/\?q=Cartagena/);
		const first = page.locator('pagefind-results .search-result').first();
		await first.waitFor();
		expect(await first.locator('a').getAttribute('href')).toBe('/paths/cartagena-type-1-approval/');
		expect(await first.locator('.search-kind').textContent()).toBe('Regulatory path');
		expect(await first.locator('.reviewed').textContent()).toMatch(/^Reviewed \d{1,2} [A-Z][a-z]+ \d{4}$/);
	});

	it('can be used with the keyboard alone: type a query, then Tab to the first result and open it', async () => {
		await page.goto(`${base}/search/`);
		await page.locator('pagefind-input input').focus();
		await page.keyboard.type('SAKIGAKE');
		await page.locator('pagefind-results .search-result').first().waitFor();
		let focused = '';
		for (let presses = 0; presses < 40 && !focused.includes('/paths/sakigake-designation/'); presses++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
		}
		expect(focused).toBe('/paths/sakigake-designation/');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/paths\/sakigake-designation\/$/);
	});

	it('shows each result as a link first, then its summary, excerpt, kind and review date', async () => {
		await page.goto(`${base}/search/?q=SAKIGAKE`);
		const first = page.locator('pagefind-results .search-result').first();
		await first.locator('a').waitFor();
		const order = await first.evaluate((item) => [...item.children].map((child) => child.className));
		expect(order[0]).toBe('search-title');
		expect(order.at(-1)).toBe('search-about');
		const link = first.locator('a.search-link');
		const [size, decoration] = await link.evaluate((a) => [getComputedStyle(a).fontSize, getComputedStyle(a).textDecorationLine]);
		const summarySize = await first.locator('.search-summary').evaluate((p) => getComputedStyle(p).fontSize);
		expect(decoration).toBe('underline');
		expect(Number.parseFloat(size)).toBeGreaterThan(Number.parseFloat(summarySize));
	});

	it('has one search box: the header’s form is not shown on the search page', async () => {
		await page.goto(`${base}/search/`);
		expect(await page.locator('input[type="search"]:visible, pagefind-input input:visible').count()).toBe(1);
	});

	it('quotes in excerpts only what the page shows, never its hidden search words', async () => {
		// Glossary names in other languages, found in the hidden words of pages that do not show them.
		for (const query of ['재생의료법', '治験', 'RMP']) {
			await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
			await page.locator('pagefind-results .search-result a').first().waitFor();
			const drawn = await page.locator('pagefind-results .search-result').evaluateAll((items) =>
				items.flatMap((item) => {
					const href = item.querySelector('a')?.getAttribute('href');
					return href ? [{ href, excerpt: item.querySelector('.search-excerpt')?.textContent ?? '' }] : [];
				}),
			);
			expect(drawn.length).toBeGreaterThan(0);
			for (const { href, excerpt } of drawn) {
				// Pagefind ends the text of a block (a heading, a list item) with a full stop and a space, which the page does not show.
				const shown = visibleText(readFileSync(join(siteDir, href, 'index.html'), 'utf8')).replace(/\s+/g, '');
				for (const word of excerpt.split(/\s+/).filter(Boolean)) expect(shown, `${query}: ${href}`).toContain(word.replace(/\.$/, ''));
			}
		}
	});

	it('works under the site’s Content-Security-Policy without inline scripts', async () => {
		const policy = parsePolicy((await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '');
		expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(policy['style-src']).toEqual(["'self'"]);
		expect(violations).toEqual([]);
	});

	it('loads no search code on pages other than /search/', async () => {
		const requests: string[] = [];
		const other = await browser.newPage();
		other.on('request', (request) => requests.push(request.url()));
		await other.goto(`${base}/paths/ctl-approval/`);
		await other.goto(`${base}/cros/`);
		expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
		await other.close();
	});
});

/** Each language's own queries, and the page that should come first. Glossary names work in any of the three languages. */
const firstResultsIn: Record<'ko' | 'ja', [string, string][]> = {
	ko: [
		['카르타헤나', '/ko/paths/cartagena-type-1-approval/'],
		['유전자치료', '/ko/paths/cartagena-type-1-approval/'],
		['遺伝子治療', '/ko/paths/cartagena-type-1-approval/'],
		['gene therapy', '/ko/paths/cartagena-type-1-approval/'],
		['CAR-T', '/ko/paths/asrm-class-1/'],
		// How Korean readers write CAR-T (a glossary alias).
		['카티', '/ko/paths/asrm-class-1/'],
		['조건부 승인', '/ko/paths/ctl-approval/'],
	],
	ja: [
		['遺伝子治療', '/ja/paths/cartagena-type-1-approval/'],
		['유전자치료', '/ja/paths/cartagena-type-1-approval/'],
		['CAR-T', '/ja/paths/asrm-class-1/'],
		['特区', '/ja/zones/chungbuk-regenerative-bio-zone/'],
		['条件及び期限付承認', '/ja/paths/ctl-approval/'],
		['카티', '/ja/paths/asrm-class-1/'],
	],
};

describe.skipIf(!browserAvailable).each(['ko', 'ja'] as const)('search in %s, in Chromium', (locale) => {
	let context: BrowserContext;
	let server: Server;
	let base: string;
	let page: Page;
	let search: Awaited<ReturnType<typeof searcher>>['search'];

	beforeAll(async () => {
		({ url: base, server } = await serve(siteDir));
		context = await browser.newContext();
		page = await context.newPage();
		await page.goto(`${base}/${locale}/search/`);
		({ search } = await searcher(page));
	});

	afterAll(async () => {
		await context?.close();
		server?.close();
	});

	it.each(firstResultsIn[locale])('"%s" finds %s first', async (query, expected) => {
		expect((await search(query))[0]).toBe(expected);
	});

	it('"CMIC" finds one of the CMIC pages first: the group, its two companies or the zone\'s matching with it', async () => {
		expect((await search('CMIC'))[0]).toMatch(new RegExp(`^/${locale}/(cros/cmic(-[a-z-]+)?|benefits/cmic-matching)/$`));
	});

	it('"条件付き承認", the everyday Japanese name (a glossary alias of 条件及び期限付承認), finds the conditional approval path in the first two', async () => {
		// The glossary term lists the full-approval path too, which it is also about, and which may come first.
		expect((await search('条件付き承認')).slice(0, 2)).toContain(`/${locale}/paths/ctl-approval/`);
	});

	it('finds only pages in its own language', async () => {
		const results = await search('PMDA');
		expect(results.length).toBeGreaterThan(5);
		for (const url of results) expect(url.startsWith(`/${locale}/`), url).toBe(true);
	});

	it('runs the header form’s query in the search UI, which speaks the page’s language', async () => {
		const words = t(locale);
		await page.goto(`${base}/${locale}/`);
		await page.fill('#site-search', firstResultsIn[locale][0][0]);
		await page.press('#site-search', 'Enter');
		await page.waitForURL(new RegExp(`/${locale}/search/\\?q=`));
		const first = page.locator('pagefind-results .search-result').first();
		await first.waitFor();
		expect(await first.locator('a').getAttribute('href')).toBe(firstResultsIn[locale][0][1]);
		// A page of its own says its kind; an English page standing in for one says its section, and that it is English.
		const english = (await first.locator('.search-language').count()) > 0;
		expect(await first.locator('.search-kind').textContent()).toBe(english ? words.searchCollections.paths : words.kinds.path);
		expect(await page.locator('pagefind-input input').getAttribute('placeholder')).toBe(words.search.placeholder);
	});
});

describe.skipIf(!browserAvailable)('Japanese search', () => {
	it('finds a word that Japanese text writes without spaces around it: Pagefind segments Japanese pages', async () => {
		const { url: base, server } = await serve(siteDir);
		const context = await browser.newContext();
		try {
			const zone = readFileSync(join(siteDir, 'ja/zones/chungbuk-regenerative-bio-zone/index.html'), 'utf8');
			const text = visibleText(zone);
			// 湘南 only ever stands inside a longer run of Japanese, never as a word of its own.
			expect(text).toContain('湘南');
			expect(text.split(/\s+/)).not.toContain('湘南');
			const page = await context.newPage();
			await page.goto(`${base}/ja/search/`);
			const results = (await page.evaluate(
				`(async () => { const pagefind = await import('/pagefind/pagefind.js'); const result = await pagefind.search('湘南'); return Promise.all(result.results.map(async (r) => (await r.data()).url)); })()`,
			)) as string[];
			expect(results).toContain('/ja/zones/chungbuk-regenerative-bio-zone/');
		} finally {
			await context.close();
			server.close();
		}
	});
});

describe.skipIf(!browserAvailable)('an entry with no translation, on the site under a base path', () => {
	const base = baseLocation.BIOBRIDGE_BASE_PATH;
	let server: Server;
	let url: string;

	beforeAll(async () => {
		({ url, server } = await serve(baseSiteDir, base));
	});

	afterAll(() => {
		server?.close();
	});

	const pageOf = (locale: 'ko' | 'ja') => `${base}${locale}/${untranslatedEntry}/`;

	it.each(['ko', 'ja'] as const)('is indexed once, in English, which stands in for its %s page', (locale) => {
		const readBase = (route: string) => readFileSync(join(baseSiteDir, route.slice(base.length), 'index.html'), 'utf8');
		expect(readBase(pageOf(locale))).not.toContain('data-pagefind-body');
		expect(readBase(`${base}${untranslatedEntry}/`)).toContain(`data-pagefind-filter="fallbackFor">${locale}<`);
	});

	it.each(['ko', 'ja'] as const)('an English word typed on /%s/ finds its page there, from the English index', async (locale) => {
		const page = await browser.newPage();
		await page.goto(`${url}${base}${locale}/search/`);
		const results = await (await searcher(page)).results('CMIC');
		expect(results).toContainEqual({ url: pageOf(locale), own: false });
		// Every result is at the reader's language's address, and no English page has a page of its own language beside it.
		for (const result of results) expect(result.url.startsWith(`${base}${locale}/`), result.url).toBe(true);
		expect(new Set(results.map((result) => result.url)).size).toBe(results.length);
		await page.close();
	});

	it('a Korean query finds a Korean page first', async () => {
		const page = await browser.newPage();
		await page.goto(`${url}${base}ko/search/`);
		const [first] = await (await searcher(page)).results('카르타헤나');
		expect(first).toEqual({ url: `${base}ko/paths/cartagena-type-1-approval/`, own: true });
		await page.close();
	});

	it.each(['ko', 'ja'] as const)('shows the English page in the %s interface, at its own address, marked as English', async (locale) => {
		// Tall enough that every result is drawn: the results list draws those in view.
		const page = await browser.newPage({ viewport: { width: 1280, height: 10_000 } });
		const words = t(locale);
		await page.goto(`${url}${base}${locale}/search/?q=CMIC`);
		const result = page.locator('pagefind-results .search-result', { has: page.locator(`a[href="${pageOf(locale)}"]`) });
		await result.waitFor();
		expect(await result.locator('.search-language').textContent()).toBe(label('languages', 'en', locale));
		expect(await result.locator('.search-title').getAttribute('lang')).toBe('en');
		expect(await result.locator('.search-kind').textContent()).toBe(words.searchCollections.cros);
		expect(await result.locator('.reviewed').textContent()).toMatch(new RegExp(words.entry.reviewed.replace('{date}', '.*\\d.*')));
		await page.close();
	});
});

describe.skipIf(!browserAvailable)('the site under a base path, in Chromium', () => {
	it('serves pages, assets and search from under the base path', async () => {
		const base = baseLocation.BIOBRIDGE_BASE_PATH;
		const { url, server } = await serve(baseSiteDir, base);
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			const failed: string[] = [];
			page.on('response', (response) => {
				if (response.status() >= 400) failed.push(response.url());
			});
			await page.goto(`${url}${base}`);
			await page.fill('#site-search', 'Cartagena');
			await page.press('#site-search', 'Enter');
			await page.waitForURL(new RegExp(`${base}search/\\?q=Cartagena`));
			const first = page.locator('pagefind-results .search-result').first();
			await first.waitFor();
			expect(await first.locator('a').getAttribute('href')).toBe(`${base}paths/cartagena-type-1-approval/`);
			// The results are still settling as more load, so the link is followed rather than clicked.
			await page.goto(`${url}${(await first.locator('a').getAttribute('href')) ?? ''}`);
			await page.locator('.site-languages').getByRole('link', { name: '한국어', exact: true }).click();
			await page.waitForURL(`${url}${base}ko/paths/cartagena-type-1-approval/`);
			expect(failed).toEqual([]);
		} finally {
			await context.close();
			server.close();
		}
	});
});

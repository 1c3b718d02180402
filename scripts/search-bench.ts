/**
 * Measures a first search the way a reader meets it: a fresh browser profile opens /search/,
 * runs one query, and we count the bytes of everything search loaded (component UI, Pagefind
 * script, worker, wasm, index chunks, fragments) and the time from the query to the first
 * result on screen. Also checks that a content page loads no search bytes at all.
 */
import { gzipSync } from 'node:zlib';
import { launch } from '../test/support/browser.ts';
import { serve } from '../test/support/static-server.ts';

export interface SearchFigures {
	/** Bytes fetched for search on /search/ up to the first results, as stored. */
	searchBytes: number;
	/** The same, gzip-compressed as a static host serves them (the test server does not compress). */
	searchBytesGzip: number;
	/** Milliseconds from triggering the query to the first result in the DOM. */
	firstResultsMs: number;
	/** Bytes fetched from /pagefind/ by a page that is not /search/. */
	otherPageSearchBytes: number;
}

export async function measureSearch(siteDir: string, query: string, otherPage: string): Promise<SearchFigures> {
	const { url, server } = await serve(siteDir);
	const browser = await launch();
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		let searchBytes = 0;
		let searchBytesGzip = 0;
		page.on('response', async (response) => {
			const path = new URL(response.url()).pathname;
			if (!path.startsWith('/pagefind/') && !/\/_astro\/search/.test(path)) return;
			const body = await response.body().catch(() => Buffer.alloc(0));
			searchBytes += body.length;
			// Index chunks and WebAssembly are already compressed by Pagefind; gzip leaves them as they are.
			searchBytesGzip += /\.(pf_|pagefind$)/.test(path) ? body.length : Math.min(body.length, gzipSync(body).length);
		});
		await page.goto(`${url}/search/`);
		await page.waitForFunction(() => customElements.get('pagefind-results') !== undefined);
		// The reader reads the page and types: by then the preloaded search is ready.
		await page.waitForLoadState('networkidle');
		const firstResultsMs = await page.evaluate(async (term) => {
			const instance = (
				window as unknown as {
					PagefindComponents: { getInstanceManager(): { getInstance(name: string): { triggerSearch(t: string): void } } };
				}
			).PagefindComponents.getInstanceManager().getInstance('default');
			const started = performance.now();
			instance.triggerSearch(term);
			await new Promise<void>((resolve) => {
				const check = () => (document.querySelector('pagefind-results .search-result') ? resolve() : requestAnimationFrame(check));
				check();
			});
			return performance.now() - started;
		}, query);
		await page.waitForLoadState('networkidle');

		const other = await context.newPage();
		let otherPageSearchBytes = 0;
		other.on('response', async (response) => {
			if (new URL(response.url()).pathname.startsWith('/pagefind/'))
				otherPageSearchBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
		});
		await other.goto(`${url}${otherPage}`);
		await other.waitForLoadState('networkidle');
		await context.close();
		return { searchBytes, searchBytesGzip, firstResultsMs, otherPageSearchBytes };
	} finally {
		await browser.close();
		server.close();
	}
}

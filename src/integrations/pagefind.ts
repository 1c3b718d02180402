/**
 * Search indexing (src/search/index-site.ts) on a worker thread, beside the build. It starts once
 * dist/ has been emptied (`astro:build:setup`), so the entries' English pages are indexed as Astro
 * writes them, while it renders the others; the build tells it when every page is written
 * (`astro:build:generated`) and waits for it at the end (`astro:build:done`), so it also runs beside
 * what the other integrations do in between (the sitemap: 3–4 s at 10,000 entries). On the
 * build's own thread it was slower: that thread's heap holds several gigabytes after rendering,
 * and its garbage collection held up the reading of pages and the messages to Pagefind (10,000
 * entries: about 30 s, against 20–24 s alone).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { listContentFiles } from '../check/content-files.ts';
import { translationLocales } from '../schema/locales.ts';
import { entryHref } from '../schema/routes.ts';
import type { PagefindResult } from '../search/index-site.ts';

/**
 * What the content says of the pages search reads, as their files in dist/, in path order, from
 * one listing of `contentDir`:
 * - `early`: the English page of every entry, what search indexes most of, given to it first;
 * - `skipped`: the page in another language of every entry with no translation file into it.
 *   Search never indexes those (the English page stands in, src/layouts/EntryLayout.astro), so
 *   the indexer does not read them: at 10,000 entries 20,000 pages, whose reading once every page
 *   was written took 4 s. An entry with a translation file, draft or not, is left to its page to say.
 */
export function searchPages(contentDir: string): { early: string[]; skipped: string[] } {
	const { files } = listContentFiles(contentDir);
	const translated = new Set(files.flatMap((file) => (file.kind === 'translation' ? [`${file.collection}/${file.id}.${file.lang}`] : [])));
	const early: string[] = [];
	const skipped: string[] = [];
	for (const { kind, collection, id } of files) {
		if (kind !== 'entry' || collection === 'finder') continue;
		const href = entryHref(collection, id);
		early.push(`${href.slice(1)}index.html`);
		for (const locale of translationLocales)
			if (!translated.has(`${collection}/${id}.${locale}`)) skipped.push(`${locale}${href}index.html`);
	}
	return { early: early.sort(), skipped: skipped.sort() };
}

interface Indexing {
	started: number;
	/** When every page was written. */
	writtenAt?: number;
	/** Tells the indexer that every page is written. */
	written: () => void;
	result: Promise<PagefindResult>;
}

/** Starts indexing `directory` on a worker thread, the `early` pages first as Astro writes them, never reading `skipped`. */
function startIndexing(directory: string, early: string[], skipped: string[]): Indexing {
	const started = performance.now();
	const worker = new Worker(new URL('../search/index-site-worker.ts', import.meta.url), { workerData: { directory, early, skipped } });
	const result = new Promise<PagefindResult>((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`The search indexer stopped (exit code ${code}) before it wrote the index.`)));
	});
	// Awaited in astro:build:done; a build that fails before it reports its own error.
	result.catch(() => undefined);
	const indexing: Indexing = {
		started,
		written: () => {
			indexing.writtenAt = performance.now();
			worker.postMessage('written');
		},
		result,
	};
	return indexing;
}

export function pagefindIntegration(): AstroIntegration {
	let outDir = '';
	let contentDir = '';
	let indexing: Indexing | undefined;
	return {
		name: 'biobridge:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				contentDir = fileURLToPath(new URL('content/', config.root));
			},
			// Called once, after Astro has emptied dist/ and before Vite bundles (core/build/static-build.js).
			'astro:build:setup': () => {
				const { early, skipped } = searchPages(contentDir);
				indexing = startIndexing(outDir, early, skipped);
			},
			// After biobridge:not-found-pages has moved each language's 404 page (integrations run in the order astro.config.mjs lists them).
			'astro:build:generated': ({ dir }) => {
				indexing ??= startIndexing(fileURLToPath(dir), [], []);
				indexing.written();
			},
			'astro:build:done': async ({ logger }) => {
				if (!indexing) return;
				const { started, writtenAt = started, result } = indexing;
				indexing = undefined;
				const { pageCount } = await result;
				const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
				// The bench reads the first figure for Pagefind's share of the build: what it adds after the pages are written.
				logger.info(
					`Indexed ${pageCount} pages for search in ${seconds(writtenAt)} s after the pages were written (${seconds(started)} s in all).`,
				);
			},
		},
	};
}

/**
 * Once Astro has written the pages, index them for search (src/search/index-site.ts) on a worker
 * thread. Indexing starts as soon as the pages are written (`astro:build:generated`) and the build
 * waits for it at the end (`astro:build:done`), so it runs beside what the other integrations do
 * in between (the sitemap: 3–4 s at 10,000 entries). On the build's own thread it was slower: that
 * thread's heap holds several gigabytes after rendering, and its garbage collection held up the
 * reading of pages and the messages to Pagefind (10,000 entries: about 30 s, against 20–24 s alone).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { htmlFiles, type PagefindResult } from '../search/index-site.ts';

/** Indexes the pages of `directory` on a worker thread; the pages are those there now. */
function indexOnWorker(directory: string): Promise<PagefindResult> {
	const worker = new Worker(new URL('../search/index-site-worker.ts', import.meta.url), {
		workerData: { directory, files: htmlFiles(directory) },
	});
	return new Promise((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`The search indexer stopped (exit code ${code}) before it wrote the index.`)));
	});
}

export function pagefindIntegration(): AstroIntegration {
	let indexing: { started: number; result: Promise<PagefindResult> } | undefined;
	const start = (dir: URL) => {
		const started = performance.now();
		const result = indexOnWorker(fileURLToPath(dir));
		// Awaited in astro:build:done; a build that fails before it reports its own error.
		result.catch(() => undefined);
		return { started, result };
	};
	return {
		name: 'biobridge:pagefind',
		hooks: {
			// After biobridge:not-found-pages has moved each language's 404 page (integrations run in the order astro.config.mjs lists them).
			'astro:build:generated': ({ dir }) => {
				indexing = start(dir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { started, result } = indexing ?? start(dir);
				indexing = undefined;
				const { pageCount } = await result;
				// The bench reads this line for Pagefind's share of the build: from the pages written to the index written.
				logger.info(`Indexed ${pageCount} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
			},
		},
	};
}

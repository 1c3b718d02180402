/**
 * The built site's search index: the pages of dist/ that search indexes, given to Pagefind in an
 * order fixed by the content alone (src/search/pagefind-index.ts numbers pages in the order it is
 * given them), so the same content makes the same index at every build.
 *
 * Indexing starts while Astro is still writing pages. The entries' English pages, nearly all of
 * what search indexes, are known before they are written: they are given first, in path order,
 * each as soon as it is whole. Once every page is written, the rest follow in path order.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PagefindIndex } from './pagefind-index.ts';

export interface PagefindResult {
	pageCount: number;
}

/**
 * The HTML files under `directory`, as paths relative to it, in path order. Folders whose names
 * start with a dot are not the site's: Astro's server chunks are still in dist/.prerender/ when the
 * pages are written.
 */
export function htmlFiles(directory: string): string[] {
	const walk = (folder: string): string[] =>
		readdirSync(join(directory, folder), { withFileTypes: true }).flatMap((item) => {
			const path = folder ? `${folder}/${item.name}` : item.name;
			if (item.isDirectory()) return item.name.startsWith('.') ? [] : walk(path);
			return item.name.endsWith('.html') ? [path] : [];
		});
	return walk('').sort();
}

/**
 * How long to wait before looking again for a page Astro has not written yet. Astro writes
 * hundreds a second, and Pagefind is the slower of the two, so a wait rarely costs anything; each
 * look wakes the thread, and over the half minute of bundling before the first page that was 1.2 %
 * of a core at 20 ms, 0.6 % at 50.
 */
const pollMs = 50;

/** Every page Astro writes ends so: a page that does not yet is still being written. */
const pageEnd = /<\/html>\s*$/;

/**
 * The text of the page at `path` once Astro has written all of it; undefined when every page is
 * written (`done()`) and it is not there. A page is read again after `done()` whatever its ending.
 */
async function whenWritten(path: string, done: () => boolean): Promise<string | undefined> {
	for (;;) {
		const finished = done();
		// Looked for before it is read: while Vite bundles, no page is there for half a minute, and a
		// failed read makes an error with its stack each time (2.3 % of a core, against 1.2 %, at 20 ms).
		const html = finished || existsSync(path) ? await readFile(path, 'utf8').catch(() => undefined) : undefined;
		if (finished || (html !== undefined && pageEnd.test(html))) return html;
		await sleep(pollMs);
	}
}

export interface IndexOptions {
	/** Pages (relative to the directory) to give first, in this order, as soon as each is written. */
	early?: readonly string[];
	/** Pages (relative to the directory) never to read: the content says search does not index them. */
	skipped?: readonly string[];
	/** Settles when Astro has written every page; by default, at once (the pages are there). */
	written?: Promise<unknown>;
}

/**
 * Indexes the HTML files of `directory` and writes the index to `<directory>/pagefind/`: first the
 * `early` pages that the site has, in their order, then every other page in path order but the
 * `skipped` ones.
 *
 * Only the pages that carry `data-pagefind-body` are handed to Pagefind, which is all it indexes
 * once any page has one. An entry page in a language it has no translation into carries none (its
 * English page stands in for it), and Pagefind given the whole directory would still read and
 * parse each of them: at 10,000 entries, 20,000 pages that took Pagefind from 2.0 to 3.3 GB and
 * from 18 to 28–53 s.
 */
export async function indexSite(
	directory: string,
	{ early = [], skipped = [], written = Promise.resolve() }: IndexOptions = {},
): Promise<PagefindResult> {
	let allWritten = false;
	const settled = written.then(() => {
		allWritten = true;
	});
	try {
		const index = await PagefindIndex.open();
		// Pages not to read again: those given early, and those never to read.
		const done = new Set<string>(skipped);
		for (const file of early) {
			const html = await whenWritten(join(directory, file), () => allWritten);
			if (html === undefined) continue;
			await index.add(file, html);
			done.add(file);
		}
		await settled;
		for (const file of htmlFiles(directory)) if (!done.has(file)) await index.add(file, await readFile(join(directory, file), 'utf8'));
		await index.write(join(directory, 'pagefind'));
		return { pageCount: index.pageCount };
	} finally {
		await PagefindIndex.close();
	}
}

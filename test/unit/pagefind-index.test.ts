/**
 * Search's index is made by sending Pagefind pages without waiting for each answer
 * (src/search/pagefind-index.ts). That is sound only while Pagefind's service handles its messages
 * in the order they come: the index must be, file for file, the one Pagefind makes when it is
 * given the same pages one at a time, each after the answer to the one before.
 *
 * Indexing also starts while the pages are still being written (src/search/index-site.ts): however
 * the writing is timed, the index must be the same, and no page may be read before it is whole.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/search/index-site.ts';
import { temporaryDir } from './fixtures.ts';

const words = ['regulator', 'consultation', 'sponsor', 'hospital', 'vector', 'inspection', 'committee', 'fee', 'batch', 'trial'];

/** A page as the site writes one: searchable when it has `data-pagefind-body`, in English or Korean. */
function pageHtml(file: string, n: number, searchable: boolean): string {
	const lang = file.startsWith('ko/') ? 'ko' : 'en';
	const text = Array.from({ length: 12 }, (_, i) => words[(n * 7 + i * 3) % words.length]).join(' ');
	const body = searchable ? ' data-pagefind-body' : '';
	return `<!doctype html><html lang="${lang}"><head><title>Page ${n}</title></head><body><header>Menu</header><main><article${body}><h1>Page ${n}</h1><p>${text}</p><span data-pagefind-filter="collection">c${n % 3}</span></article></main></body></html>`;
}

/** Entries in two languages (most Korean pages stand in for an untranslated entry and are not indexed), a home page, a 404. */
const pages = [
	{ file: '404.html', searchable: false },
	{ file: 'index.html', searchable: true },
	...Array.from({ length: 150 }, (_, i) => ({ file: `cros/cro-${i + 1}/index.html`, searchable: true })),
	...Array.from({ length: 150 }, (_, i) => ({ file: `ko/cros/cro-${i + 1}/index.html`, searchable: i % 5 === 0 })),
].map((page, n) => ({ ...page, html: pageHtml(page.file, n, page.searchable) }));

/** Every file under `dir`, by its path in it. */
const files = (dir: string) =>
	Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((item) => item.isFile())
			.map((item) => relative(dir, join(item.parentPath, item.name)))
			.sort()
			.map((file) => [file, readFileSync(join(dir, file)).toString('base64')]),
	);

const byPath = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : 1);

/** Writes every page to `dist`. */
function writePages(dist: string, list = pages) {
	for (const page of list) {
		mkdirSync(dirname(join(dist, page.file)), { recursive: true });
		writeFileSync(join(dist, page.file), page.html);
	}
}

/** The index Pagefind makes when it is given the searchable pages in this order (by default, path order), one at a time. */
async function onePageAtATime(order = [...pages].sort(byPath)): Promise<string> {
	const pagefind = await import('pagefind');
	const out = join(temporaryDir('biobridge-pagefind-one-at-a-time-'), 'pagefind');
	const { index } = await pagefind.createIndex({ rootSelector: 'main' });
	if (!index) throw new Error('Pagefind did not start');
	for (const page of order) if (page.searchable) await index.addHTMLFile({ sourcePath: page.file, content: page.html });
	await index.writeFiles({ outputPath: out });
	await pagefind.close();
	return out;
}

describe('the search index', () => {
	afterAll(async () => (await import('pagefind')).close());

	it('is the one Pagefind makes from the same pages given one at a time, and holds only the searchable pages', async () => {
		const dist = temporaryDir('biobridge-pagefind-dist-');
		writePages(dist);
		const { pageCount } = await indexSite(dist);
		expect(pageCount).toBe(pages.filter((page) => page.searchable).length);
		const expected = files(await onePageAtATime());
		expect(Object.keys(expected).filter((file) => file.startsWith('fragment/'))).toHaveLength(pageCount);
		expect(files(join(dist, 'pagefind'))).toEqual(expected);
	});

	it('gives the early pages first, each once it is whole, and is the same index however the pages are written', async () => {
		// The English entry pages, as the build lists them before they are written, and one it never writes.
		const early = [...pages.filter((page) => page.file.startsWith('cros/')).map((page) => page.file), 'cros/cro-999/index.html'].sort();
		const order = [
			...early.flatMap((file) => pages.filter((page) => page.file === file)),
			...pages.filter((page) => !early.includes(page.file)).sort(byPath),
		];
		const expected = files(await onePageAtATime(order));

		const ready = temporaryDir('biobridge-pagefind-ready-');
		writePages(ready);
		await indexSite(ready, { early });
		expect(files(join(ready, 'pagefind'))).toEqual(expected);

		// Written while it indexes, last page first, and the first early page half written for a while.
		const dist = temporaryDir('biobridge-pagefind-written-');
		let allWritten: () => void = () => undefined;
		const written = new Promise<void>((resolve) => (allWritten = resolve));
		const indexing = indexSite(dist, { early, written });
		const first = pages.find((page) => page.file === early[0])!;
		mkdirSync(dirname(join(dist, first.file)), { recursive: true });
		writeFileSync(join(dist, first.file), first.html.slice(0, first.html.indexOf('</p>')));
		for (const page of [...pages].reverse()) {
			if (page !== first) writePages(dist, [page]);
			await sleep(1);
		}
		writePages(dist, [first]);
		allWritten();
		const { pageCount } = await indexing;
		expect(pageCount).toBe(pages.filter((page) => page.searchable).length);
		expect(files(join(dist, 'pagefind'))).toEqual(expected);
	});

	it('never reads the pages it is told search does not index', async () => {
		const dist = temporaryDir('biobridge-pagefind-skipped-');
		writePages(dist);
		// The Korean pages the content says stand in for no translation; one of them is searchable all the same, to show it is not read.
		const skipped = pages.filter((page) => page.file.startsWith('ko/') && !page.searchable).map((page) => page.file);
		const unread = pages.find((page) => page.file.startsWith('ko/') && page.searchable)!;
		skipped.push(unread.file);
		const { pageCount } = await indexSite(dist, { skipped });
		expect(pageCount).toBe(pages.filter((page) => page.searchable).length - 1);
		expect(files(await onePageAtATime([...pages].sort(byPath).filter((page) => page !== unread)))).toEqual(files(join(dist, 'pagefind')));
	});
});

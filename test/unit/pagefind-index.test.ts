/**
 * Search's index is made by sending Pagefind pages without waiting for each answer
 * (src/search/pagefind-index.ts). That is sound only while Pagefind's service handles its messages
 * in the order they come: the index must be, file for file, the one Pagefind makes when it is
 * given the same pages one at a time, each after the answer to the one before.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

/** The index Pagefind makes when it is given the searchable pages in path order, one at a time. */
async function onePageAtATime(): Promise<string> {
	const pagefind = await import('pagefind');
	const out = join(temporaryDir('biobridge-pagefind-one-at-a-time-'), 'pagefind');
	const { index } = await pagefind.createIndex({ rootSelector: 'main' });
	if (!index) throw new Error('Pagefind did not start');
	for (const page of [...pages].sort((a, b) => (a.file < b.file ? -1 : 1)))
		if (page.searchable) await index.addHTMLFile({ sourcePath: page.file, content: page.html });
	await index.writeFiles({ outputPath: out });
	await pagefind.close();
	return out;
}

describe('the search index', () => {
	afterAll(async () => (await import('pagefind')).close());

	it('is the one Pagefind makes from the same pages given one at a time, and holds only the searchable pages', async () => {
		const dist = temporaryDir('biobridge-pagefind-dist-');
		for (const page of pages) {
			mkdirSync(dirname(join(dist, page.file)), { recursive: true });
			writeFileSync(join(dist, page.file), page.html);
		}
		const { pageCount } = await indexSite(dist);
		expect(pageCount).toBe(pages.filter((page) => page.searchable).length);
		const expected = files(await onePageAtATime());
		expect(Object.keys(expected).filter((file) => file.startsWith('fragment/'))).toHaveLength(pageCount);
		expect(files(join(dist, 'pagefind'))).toEqual(expected);
	});
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { entryCollections, glossaryFile } from '../../src/schema/index.ts';
import { readPage, root, routes } from './site.ts';

const contentDir = join(root, 'content');
/** Entry files as routes, leaving out translations (<id>.<lang>.mdx), which are not entries. */
const contentRoutes = entryCollections.flatMap((collection) =>
	readdirSync(join(contentDir, collection))
		.filter((file) => /^[^.]+\.mdx$/.test(file))
		.map((file) => `/${collection}/${file.replace(/\.mdx$/, '')}/`),
);
const entryRoutes = routes().filter((route) => /^\/[a-z]+\/[^/]+\/$/.test(route));

describe('the built site', () => {
	it('has exactly one page for every content file, and no entry page without one', () => {
		expect(contentRoutes.length).toBeGreaterThan(0);
		expect(entryRoutes).toEqual([...contentRoutes].sort());
	});

	it('gives every glossary term its anchor on the one glossary page', () => {
		const terms = Object.keys(parse(readFileSync(join(contentDir, glossaryFile), 'utf8')));
		const page = readPage('/glossary/');
		for (const term of terms) expect(page, term).toContain(`id="${term}"`);
	});

	it.each(routes())('%s declares its language and has a title', (route) => {
		const page = readPage(route);
		expect(page).toMatch(/<html lang="[a-z]{2}"/);
		expect(page).toMatch(/<title>[^<]+\| BioBridge<\/title>/);
	});

	it.each(entryRoutes)('%s shows its reviewed date', (route) => {
		expect(readPage(route)).toMatch(/Last reviewed <time datetime="\d{4}-\d{2}-\d{2}"[^>]*>\d{4}-\d{2}-\d{2}<\/time>/);
	});
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeXML } from 'entities';
import { parse } from 'yaml';
import { parsePolicy, securityPolicy } from '../../src/site-config.ts';
import { visibleText } from './html.ts';
import { describe, expect, it } from 'vitest';
import { listContentFiles } from '../../src/check/content-files.ts';
import { entryCollections, entryHref, glossaryFile, type EntryCollection } from '../../src/schema/index.ts';
import { readPage, root, routes, siteDir } from './site.ts';

const contentDir = join(root, 'content');
/** Entry files as routes, leaving out translations (<id>.<lang>.mdx), which are not entries. */
const contentRoutes = listContentFiles(contentDir)
	.files.filter((file) => file.kind === 'entry')
	.map((file) => entryHref(file.collection as EntryCollection, file.id));
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

	it.each(routes())('%s declares its language, has a title and sets the security policy', (route) => {
		const page = readPage(route);
		// The policy, read back directive by directive: nothing inline may run or style the page.
		const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page);
		expect(parsePolicy(meta?.[1] ?? '')).toEqual(securityPolicy);
		expect(meta?.[1]).not.toContain('unsafe-inline');
		expect(page).toMatch(/<html lang="[a-z]{2}"/);
		expect(page).toMatch(/<title>[^<]+\| BioBridge<\/title>/);
	});

	it.each(entryRoutes)('%s shows its reviewed date', (route) => {
		expect(readPage(route)).toMatch(/Last reviewed <time datetime="\d{4}-\d{2}-\d{2}"[^>]*>\d{4}-\d{2}-\d{2}<\/time>/);
	});
});

describe('what is new', () => {
	it('lists entries newest review first in the RSS feed, with the editor’s note of what changed', () => {
		const feed = readFileSync(join(siteDir, 'rss.xml'), 'utf8');
		const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1]);
		expect(items.length).toBe(Math.min(50, contentRoutes.length));
		const dates = items.map((item) => Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(item)![1]));
		expect([...dates].sort((a, b) => b - a)).toEqual(dates);
		// Each item says what changed, in the editor's words, or else what the entry is.
		const entries = entryCollections.flatMap(
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
			const entry = byLink.get(link)!;
			expect(description).toBe(entry.changes ?? entry.summary);
		}
		const noted = described.find(({ link }) => byLink.get(link)!.changes)!;
		expect(visibleText(readPage('/whats-new/'))).toContain(noted.description);
	});
});

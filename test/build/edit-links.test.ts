/**
 * "Edit this page" on every built page (issue #22, item 5): each leads to where the page's words
 * live on GitHub: an entry to its file (a translated page to its translation), a list to its
 * folder, the glossary's terms and the route finder's questions and plans to their line of the
 * YAML file, and a page still in English on the Korean or Japanese site to a new file for its
 * translation, filled in with the draft `npm run new -- translation` writes (that link is also
 * tested on its own, test/unit/edit-links.test.ts, and on a fourth language's built pages).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { translationTemplate } from '../../src/lib/translation-template.ts';
import { entryCollections, type EntryCollection } from '../../src/schema/index.ts';
import { isTranslationLocale } from '../../src/schema/locales.ts';
import { localeOf, readPage, root, routes, unprefixed } from './site.ts';

// The defaults of src/site-location.ts, which test/build/setup.ts builds with.
const repository = 'https://github.com/biobridge/biobridge';
const branch = 'main';
const contentLines = (file: string) => readFileSync(join(root, 'content', file), 'utf8').split('\n');

/** The "Edit this page" link of a built page: its address and the sentence around it. */
function editLink(route: string): { href: string; text: string } {
	const html = readPage(route);
	const paragraphs = [...html.matchAll(/<p class="edit-link"[^>]*>([\s\S]*?)<\/p>/g)];
	if (paragraphs.length !== 1) return { href: '', text: `${paragraphs.length} "Edit this page" lines` };
	const [, inner = ''] = paragraphs[0]!;
	const href = /<a href="([^"]+)"/.exec(inner)?.[1]?.replaceAll('&amp;', '&') ?? '';
	// The text as a reader sees it: tags taken out and nothing added, so a missing space shows ("page(opens").
	return {
		href,
		text: decodeHTML(inner.replace(/<[^>]+>/g, ''))
			.replace(/\s+/g, ' ')
			.trim(),
	};
}

/** The line an address's `#L12` names, in a file of content/. */
function lineAt(href: string, file: string): string {
	const line = Number(/#L(\d+)$/.exec(href)?.[1]);
	expect(line, `${href} names a line`).toBeGreaterThan(0);
	return contentLines(file)[line - 1] ?? '';
}

const pages = routes().filter((route) => route.endsWith('/') || route.endsWith('.html'));

describe('"Edit this page" on every page', () => {
	it('is on every page, once, in the page’s language, with a space before what it opens, leading to the repository', () => {
		const words = {
			en: /^(?:Edit|Translate) this page \(opens /,
			ko: /^이 페이지 (?:수정|번역) \(GitHub/,
			ja: /^このページを(?:編集|翻訳)（GitHub/,
		};
		// One walk over the site, every page's problem listed at once.
		const wrong = pages.flatMap((route) => {
			const { href, text } = editLink(route);
			return href.startsWith(`${repository}/`) && words[localeOf(route)].test(text) ? [] : [`${route}: ${text} → ${href}`];
		});
		expect(pages.length).toBeGreaterThan(1000);
		expect(wrong).toEqual([]);
	});

	it('opens an entry’s file, its translation where the page shows one, or a new translation where it shows English', () => {
		let translations = 0;
		for (const route of pages) {
			const [, collection, id] = /^\/([a-z]+)\/([a-z0-9-]+)\/$/.exec(unprefixed(route)) ?? [];
			if (!collection || !id || !entryCollections.includes(collection as EntryCollection)) continue;
			const locale = localeOf(route);
			const { href } = editLink(route);
			const translation = `${collection}/${id}.${locale}.mdx`;
			if (locale === 'en') expect(href, route).toBe(`${repository}/edit/${branch}/content/${collection}/${id}.mdx`);
			else if (existsSync(join(root, 'content', translation))) {
				expect(href, route).toBe(`${repository}/edit/${branch}/content/${translation}`);
				translations++;
			} else {
				// GitHub's new-file page in the collection's folder, named for the translation, with the draft in it.
				const address = new URL(href);
				expect(address.pathname, route).toBe(`/biobridge/biobridge/new/${branch}/content/${collection}`);
				expect(address.searchParams.get('filename')).toBe(`${id}.${locale}.mdx`);
				if (!isTranslationLocale(locale)) throw new Error(`${route} is not in a translated language.`);
				const original = readFileSync(join(root, 'content', collection, `${id}.mdx`), 'utf8');
				const drafts = (['all', 'words', 'title'] as const).map((carry) =>
					translationTemplate(collection as EntryCollection, original, locale, { carry, originalFile: `content/${collection}/${id}.mdx` }),
				);
				expect(drafts, route).toContain(address.searchParams.get('value'));
				// GitHub refuses addresses longer than 8,191 bytes.
				expect(href.length, route).toBeLessThanOrEqual(8000);
			}
		}
		// Every entry may be translated by now, leaving no page to start: test/unit/edit-links.test.ts and the fourth-language build test see the new-translation link.
		expect(translations).toBeGreaterThan(0);
	});

	it('opens the folder of a list’s entries, and the content folder for the home page and the other gathered pages', () => {
		for (const locale of ['', '/ko', '/ja']) {
			for (const collection of ['paths', 'cros', 'institutions', 'zones', 'benefits', 'questions'])
				expect(editLink(`${locale}/${collection}/`).href).toBe(`${repository}/tree/${branch}/content/${collection}`);
			expect(editLink(`${locale}/cros/service/cell-processing/`).href).toBe(`${repository}/tree/${branch}/content/cros`);
			for (const route of ['/', '/whats-new/', '/data/'])
				expect(editLink(`${locale}${route}`).href).toBe(`${repository}/tree/${branch}/content`);
		}
		expect(editLink('/').text).toMatch(/^Edit this page \(opens the folder/);
	});

	it('opens the glossary at each term’s own line', () => {
		const html = readPage('/glossary/');
		const terms = [...html.matchAll(/<div id="([a-z0-9-]+)"[^>]*>[\s\S]*?class="edit-term"[^>]*>\s*<a href="([^"]+)"/g)];
		expect(terms.length).toBeGreaterThan(50);
		for (const [, id, href] of terms) {
			expect(href!.startsWith(`${repository}/edit/${branch}/content/glossary.yaml#L`)).toBe(true);
			expect(lineAt(href!, 'glossary.yaml'), id).toMatch(new RegExp(`^${id}:`));
		}
		expect(editLink('/ko/glossary/').href).toBe(`${repository}/edit/${branch}/content/glossary.yaml`);
	});

	it('opens the route finder at the question asked, and a plan at its outcome', () => {
		const question = editLink('/finder/answers/marketing-approval/').href;
		expect(lineAt(question, 'finder.yaml')).toMatch(/^ {2}pmd-product:/);
		expect(lineAt(editLink('/ja/finder/').href, 'finder.yaml')).toMatch(/^ {2}goal:/);
		for (const plan of [
			'/finder/approval-cells-made-in-korea-from-korea/',
			'/ko/finder/asrm-class-1-cells-made-in-korea/chungbuk-regenerative-bio-zone/',
		]) {
			const outcome = plan.split('/').at(plan.startsWith('/ko/') ? 3 : 2)!;
			expect(lineAt(editLink(plan).href, 'finder.yaml'), plan).toBe(`  ${outcome}:`);
		}
	});
});

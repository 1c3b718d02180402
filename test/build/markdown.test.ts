import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/util/escape-regexp.ts';
import { baseLocation, baseSiteDir, readPage, routes, routeIn, untranslatedEntry } from './site.ts';

/** The rendered MDX body of a page: what the Markdown processor produced. */
const body = (html: string) => html.match(/<div class="body"[^>]*>([\s\S]*?)<\/div><(?:section|\/article)/)?.[1];
/**
 * Differences that do not change what a reader or a screen reader gets: white space around
 * block-level tags (insignificant in HTML); a footnote's `data-footnote-ref="true"` or `=""`
 * against the bare attribute (both match the same selectors; remark writes the bare form); and
 * one character written two ways, as `'` or `&#39;`, `&amp;` or `&#x26;` (Sätteri writes a body's
 * static parts, compiled to HTML once, with the character where it may; remark with a reference).
 * `<` and `>` are left as written: there the form decides between text and markup.
 */
const normalise = (html: string | undefined) =>
	html
		?.replace(/\s*(<\/?(?:table|thead|tbody|tr|th|td|section|ol|ul|li|hr|h[1-6]|p)\b[^>]*>)\s*/g, '$1')
		.replace(/ (data-footnotes|data-footnote-ref|data-footnote-backref)="(?:true)?"/g, ' $1')
		.replace(/&(?:#39|#x27|quot|#34|#x22|amp|#38|#x26);/g, (reference) => sameCharacter[reference.slice(1, -1)]);
const sameCharacter: Record<string, string> = {
	'#39': "'",
	'#x27': "'",
	quot: '"',
	'#34': '"',
	'#x22': '"',
	amp: '&',
	'#38': '&',
	'#x26': '&',
};
const pagesWithBody = routes().filter((route) => body(readPage(route)) !== undefined);
/** The fallback processor's pages are in the variant site (test/build/setup.ts), whose addresses start with its base path. */
const base = baseLocation.BIOBRIDGE_BASE_PATH;
const withoutBase = (html: string | undefined) => html?.replace(new RegExp(`( (?:href|src)=")${escapeRegExp(base)}`, 'g'), '$1/');
/** The variant leaves this entry untranslated, so its Korean and Japanese pages show the English body there. */
const untranslated = new Set((['ko', 'ja'] as const).map((locale) => routeIn(locale, `/${untranslatedEntry}/`)));

describe('GitHub-flavoured Markdown in the real content', () => {
	it('finds the rendered body on every entry page', () => {
		expect(pagesWithBody.length).toBeGreaterThan(100);
	});

	it('uses every GFM feature somewhere, so the comparison below covers them', () => {
		const all = pagesWithBody.map((route) => body(readPage(route))).join('\n');
		expect(all).toContain('<table>');
		expect(all).toContain('<del>');
		expect(all).toContain('type="checkbox"');
		expect(all).toMatch(/data-footnote-ref|class="footnotes"/);
	});

	it("compares every page with a body but the untranslated entry's two", () => {
		expect(pagesWithBody.filter((route) => untranslated.has(route))).toHaveLength(untranslated.size);
	});

	it.each(pagesWithBody.filter((route) => !untranslated.has(route)))(
		'%s renders the same with Sätteri and with unified + remark-gfm',
		(route) => {
			expect(normalise(withoutBase(body(readPage(route, baseSiteDir))))).toBe(normalise(body(readPage(route))));
		},
	);
});

import { describe, expect, it } from 'vitest';
import { readPage, routes, unifiedSiteDir } from './site.ts';

/** The rendered MDX body of a page: what the Markdown processor produced. */
const body = (html: string) => html.match(/<div class="body"[^>]*>([\s\S]*?)<\/div><(?:section|\/article)/)?.[1];
/**
 * Differences that do not change what a reader or a screen reader gets: white space around
 * block-level tags (insignificant in HTML), and `data-footnote-ref="true"` against a bare
 * `data-footnote-ref` (both match the same selectors; remark writes the bare form).
 */
const normalise = (html: string | undefined) =>
	html
		?.replace(/\s*(<\/?(?:table|thead|tbody|tr|th|td|section|ol|ul|li|hr|h[1-6]|p)\b[^>]*>)\s*/g, '$1')
		.replace(/ (data-footnotes?(?:-ref)?)="true"/g, ' $1');
const pagesWithBody = routes().filter((route) => body(readPage(route)) !== undefined);

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

	it.each(pagesWithBody)('%s renders the same with Sätteri and with unified + remark-gfm', (route) => {
		expect(normalise(body(readPage(route, unifiedSiteDir)))).toBe(normalise(body(readPage(route))));
	});
});

import { describe, expect, it } from 'vitest';
import { readPage, routes, unifiedSiteDir } from './site.ts';

/** The rendered MDX body of a page: what the Markdown processor produced. */
const body = (html: string) => html.match(/<div class="body">([\s\S]*?)<\/div><(?:section|\/article)/)?.[1];
const pagesWithBody = routes().filter((route) => body(readPage(route)) !== undefined);

describe('GitHub-flavoured Markdown in the real content', () => {
	it('uses every GFM feature somewhere, so the comparison below covers them', () => {
		const all = pagesWithBody.map((route) => body(readPage(route))).join('\n');
		expect(all).toContain('<table>');
		expect(all).toContain('<del>');
		expect(all).toContain('type="checkbox"');
		expect(all).toMatch(/data-footnote-ref|class="footnotes"/);
	});

	it.each(pagesWithBody)('%s renders the same with Sätteri and with unified + remark-gfm', (route) => {
		expect(body(readPage(route, unifiedSiteDir))).toBe(body(readPage(route)));
	});
});

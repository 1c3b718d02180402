/**
 * The Korean and Japanese sites in their readers' languages (issue #25): on at least 95 % of their
 * pages, at most a quarter of the reading text is English. The route finder's question pages for
 * answers given so far are left aside (they repeat the finder's own words, in every language).
 * A failure lists the pages most in English: translate them (npm run translations lists them too).
 */
import { describe, expect, it } from 'vitest';
import { finderRoute } from '../../src/schema/routes.ts';
import { answersSegment } from '../../src/schema/finder.ts';
import { englishShare } from './html.ts';
import { localeOf, readPage, routes, unprefixed } from './site.ts';

const answersPrefix = `${finderRoute}${answersSegment}/`;

describe.each(['ko', 'ja'] as const)('the site in %s', (locale) => {
	it('has at most a quarter of its reading text in English on at least 95 % of its pages', () => {
		const pages = routes()
			.filter((route) => localeOf(route) === locale && !unprefixed(route).startsWith(answersPrefix))
			.map((route) => ({ route, ...englishShare(readPage(route)) }))
			.filter((page) => page.letters > 0);
		const english = pages.filter((page) => page.share > 0.25).sort((a, b) => b.share - a.share);
		const summary = english.map((page) => `${page.route} ${(page.share * 100).toFixed(0)} %`).join('\n');
		expect(pages.length).toBeGreaterThan(100);
		expect(english.length / pages.length, `pages more than a quarter English:\n${summary}`).toBeLessThanOrEqual(0.05);
	});
});

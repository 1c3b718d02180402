import { describe, expect, it } from 'vitest';
import { addressOf, pagefindSetup, settingsOf } from '../../src/scripts/search.ts';
import { fallbackFilter, indexFilter } from '../../src/search/filters.ts';
import { ranking } from '../../src/search/ranking.ts';

/** The search page's settings as search.astro writes them, for a site under /biobridge/. */
const settings = (locale: string) =>
	settingsOf({
		locale,
		home: locale === 'en' ? '/biobridge/' : `/biobridge/${locale}/`,
		root: '/biobridge/',
		bundle: '/biobridge/pagefind/',
		english: 'English',
		collections: '{"cros":"CRO"}',
		reviewed: 'Reviewed {date}',
	});

describe('where a search result leads', () => {
	it('sends an English page merged into the Korean search to its Korean address', () => {
		expect(addressOf('/biobridge/cros/cmic/', settings('ko'))).toBe('/biobridge/ko/cros/cmic/');
	});

	it("leaves the reader's own pages, and every English result on the English search, where they are", () => {
		expect(addressOf('/biobridge/ko/cros/cmic/', settings('ko'))).toBe('/biobridge/ko/cros/cmic/');
		expect(addressOf('/biobridge/cros/cmic/', settings('en'))).toBe('/biobridge/cros/cmic/');
	});
});

describe('how the search page sets Pagefind up', () => {
	it('searches English alone, with no merged index and no filter of its own', () => {
		const { options, filters } = pagefindSetup(settings('en'), 'https://example.github.io');
		expect(options).toMatchObject({ ranking, mergeIndex: [] });
		expect(filters).toEqual({});
	});

	it('merges the English index by its full address, with the same ranking, and keeps of it the pages that stand in for Japanese ones', () => {
		const { options, filters } = pagefindSetup(settings('ja'), 'https://example.github.io');
		expect(options).toMatchObject({
			ranking,
			mergeFilter: { [indexFilter]: 'ja' },
			mergeIndex: [
				{
					bundlePath: 'https://example.github.io/biobridge/pagefind/',
					baseUrl: '/biobridge/',
					language: 'en',
					ranking,
					mergeFilter: { [indexFilter]: 'en' },
				},
			],
		});
		expect(filters).toEqual({ any: [{ [indexFilter]: 'ja' }, { [fallbackFilter]: 'ja' }] });
	});
});

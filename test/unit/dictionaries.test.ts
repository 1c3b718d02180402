/** The interface's words: every language's text takes the values English's does, and counts are said as each language says them. */
import { describe, expect, it } from 'vitest';
import { fill, locales, placeholders, t } from '../../src/i18n/index.ts';
import { vocabularies } from '../../src/schema/vocab.ts';

/** Every text of a dictionary with its key path, e.g. `plan.precedentsRange`. */
function texts(value: unknown, path: string[] = []): [string, string][] {
	if (typeof value === 'string') return [[path.join('.'), value]];
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => texts(inner, [...path, key]));
	return [];
}

describe('the dictionaries', () => {
	const english = new Map(texts(t('en')));

	it.each(locales.filter((locale) => locale !== 'en'))('%s takes the same values in every text as English', (locale) => {
		const differing = texts(t(locale)).flatMap(([key, text]) => {
			const expected = placeholders(english.get(key) ?? '');
			return placeholders(text).join(',') === expected.join(',')
				? []
				: [`${key}: {${placeholders(text).join('}, {')}} ≠ {${expected.join('}, {')}}`];
		});
		expect(differing).toEqual([]);
	});

	it('says one and more in English, and counts in Korean and Japanese as they do', () => {
		expect(fill(t('en').openData.entries, { count: 1 }, 'en')).toBe('1 entry');
		expect(fill(t('en').openData.entries, { count: 31 }, 'en')).toBe('31 entries');
		expect(fill(t('en').plan.precedentsRange, { months: '10', count: 1 }, 'en')).toBe(
			'From filing to approval or accreditation: 10 months, over 1 precedent',
		);
		expect(fill(t('ko').openData.entries, { count: 1 }, 'ko')).toBe('항목 1개');
		expect(fill(t('ja').plan.precedentsRange, { months: '5～29', count: 7 }, 'ja')).toBe('申請から承認又は認定まで5～29か月（先例7件）');
	});

	it('picks an exact form before the language rule, and leaves a value it is not given as written', () => {
		const text = '{count, plural, =0 {none} one {# item} other {# items}} in {place}';
		expect(fill(text, { count: 0 })).toBe('none in {place}');
		expect(fill(text, { count: 2, place: 'Osaka' })).toBe('2 items in Osaka');
	});

	it('labels every value of every vocabulary in every language of the site', () => {
		const missing = Object.entries(vocabularies).flatMap(([name, table]) =>
			Object.entries(table as Record<string, Partial<Record<string, string>>>).flatMap(([value, labels]) =>
				locales.filter((locale) => !labels[locale]).map((locale) => `${name}.${value} in ${locale}`),
			),
		);
		expect(missing).toEqual([]);
	});
});

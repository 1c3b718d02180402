/**
 * The interface in the reader's language: one dictionary per locale (en.ts is the type the
 * others must fill), and how dates, numbers, money and lengths of time are written in it.
 */
import { memoise } from '../util/memoise.ts';
import { defaultLocale, localeConfig, locales, type Locale } from '../schema/locales.ts';
import type { Dictionary } from './dictionaries/en.ts';

export { fill, placeholders, slots } from './fill.ts';

export { defaultLocale, locales, type Dictionary, type Locale };

/**
 * Each language's dictionary, `src/i18n/dictionaries/<locale>.ts` exporting a const named after the locale:
 * found from the one list of languages, so a language is added by its entry in localeConfig and
 * its dictionary file, and nothing else.
 */
const dictionaries = Object.fromEntries(
	await Promise.all(
		locales.map(async (locale) => [locale, ((await import(`./dictionaries/${locale}.ts`)) as Record<string, Dictionary>)[locale]] as const),
	),
) as Record<Locale, Dictionary>;

/** The interface's words in `locale`. */
export function t(locale: Locale): Dictionary {
	return dictionaries[locale];
}

/** `value` as a locale; English where it names none. */
export function asLocale(value: string | undefined): Locale {
	return locales.find((locale) => locale === value) ?? defaultLocale;
}

/**
 * The locale a page is rendered in: its `locale` route parameter (src/pages/[...locale]/),
 * English where it has none. Astro's `currentLocale` is not used: it takes any path segment or
 * parameter that names a locale, so the CRO facet page /cros/language/ja/ would read as Japanese.
 */
export function pageLocale(params: Record<string, string | undefined>): Locale {
	return asLocale(params.locale);
}

/** The BCP 47 tag `Intl` formats with (British English writes day month year). */
const intlTags = Object.fromEntries(locales.map((locale) => [locale, localeConfig[locale].intl])) as Record<Locale, string>;

// Formatters are made once per locale and kept: making an `Intl` formatter costs far more than using one, and every page formats dates.
const dateFormat = memoise(
	(locale: Locale) => locale,
	(locale) => new Intl.DateTimeFormat(intlTags[locale], { dateStyle: 'long', timeZone: 'UTC' }),
);
const moneyFormat = memoise(
	(locale: Locale, currency: string) => `${locale}:${currency}`,
	(locale, currency) =>
		new Intl.NumberFormat(intlTags[locale], { style: 'currency', currency, currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 }),
);
/** Short money, "₩150M", for figures that are only about right (a conversion at a dated rate). */
export const compactMoneyFormat = memoise(
	(locale: Locale, currency: string) => `${locale}:${currency}`,
	(locale, currency) =>
		new Intl.NumberFormat(intlTags[locale], {
			style: 'currency',
			currency,
			currencyDisplay: 'narrowSymbol',
			notation: 'compact',
			maximumFractionDigits: 1,
		}),
);
const monthFormat = memoise(
	(locale: Locale) => locale,
	(locale) => new Intl.DateTimeFormat(intlTags[locale], { year: 'numeric', month: 'long', timeZone: 'UTC' }),
);
const numberFormat = memoise(
	(locale: Locale) => locale,
	(locale) => new Intl.NumberFormat(intlTags[locale], { maximumFractionDigits: 1 }),
);

/** "21 November 2026", "2026년 11월 21일", "2026年11月21日". */
export function formatDate(locale: Locale, date: Date): string {
	return dateFormat(locale).format(date);
}

/** A date as precisely as a source gives it: "2019", "March 2019" or "21 March 2019", in the locale's words. */
export function formatDateAsKnown(locale: Locale, date: Date, precision?: 'month' | 'year'): string {
	if (precision === 'year') return String(date.getUTCFullYear());
	return precision === 'month' ? monthFormat(locale).format(date) : formatDate(locale, date);
}

/** "¥854,100" in every language, with the locale's separators. */
export function formatMoney(locale: Locale, amount: number, currency: string): string {
	return moneyFormat(locale, currency).format(amount);
}

/** A number with the locale's separators. */
export function formatNumber(locale: Locale, value: number): string {
	return numberFormat(locale).format(value);
}

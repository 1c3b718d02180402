/** The languages the site is written in: English at /, Korean at /ko/, Japanese at /ja/. */
export const locales = ['en', 'ko', 'ja'] as const;

export type Locale = (typeof locales)[number];

/** The language every entry is written in first, and the one shown where no translation exists. */
export const defaultLocale = 'en' satisfies Locale;

/** The languages a translation file (`<id>.<lang>.mdx`) may be in. */
export const translationLocales = ['ko', 'ja'] as const satisfies readonly Locale[];

export type TranslationLocale = (typeof translationLocales)[number];

export const isTranslationLocale = (value: string | undefined): value is TranslationLocale =>
	translationLocales.some((locale) => locale === value);

/**
 * The languages the site is written in, declared once: English at /, Korean at /ko/, Japanese at
 * /ja/. Everything that varies by language (routes, translation files, the glossary's and the
 * route finder's per-language fields, the interface's dictionaries, `Intl` formats) is derived
 * from this object. Adding a language is one entry here and one dictionary in src/i18n/; until
 * its texts are written, its pages show the English, marked as English.
 */
export const localeConfig = {
	en: {
		/** The language's own name, as the language switcher shows it. */
		label: 'English',
		/** The language's name in English, for the field reference and messages. */
		englishName: 'English',
		/** The BCP 47 tag `Intl` formats with: British English writes day month year. */
		intl: 'en-GB',
		/** The suffix of the glossary's per-language definition field: `definition` for English. */
		fieldSuffix: '',
	},
	ko: { label: '한국어', englishName: 'Korean', intl: 'ko-KR', fieldSuffix: 'Ko' },
	ja: { label: '日本語', englishName: 'Japanese', intl: 'ja-JP', fieldSuffix: 'Ja' },
} as const satisfies Record<string, { label: string; englishName: string; intl: string; fieldSuffix: string }>;

export type Locale = keyof typeof localeConfig;

/** Every language of the site, the default first. */
export const locales = Object.keys(localeConfig) as Locale[];

/** The language every entry is written in first, and the one shown where no translation exists. */
export const defaultLocale = 'en' satisfies Locale;

/** The languages a translation file (`<id>.<lang>.mdx`) may be in: every language but the default. */
export const translationLocales = locales.filter((locale) => locale !== defaultLocale) as TranslationLocale[];

export type TranslationLocale = Exclude<Locale, typeof defaultLocale>;

export const isTranslationLocale = (value: string | undefined): value is TranslationLocale =>
	translationLocales.some((locale) => locale === value);

export const isLocale = (value: string | undefined): value is Locale => locales.some((locale) => locale === value);

/** The name of a field that holds `base` in `locale`: `definition`, `definitionKo`, `definitionJa`. */
export const localeField = <Base extends string, L extends Locale>(base: Base, locale: L) =>
	`${base}${localeConfig[locale].fieldSuffix}` as `${Base}${(typeof localeConfig)[L]['fieldSuffix']}`;

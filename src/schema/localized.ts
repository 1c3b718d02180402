/**
 * Fields written once per language, derived from the one list of languages (locales.ts): the
 * default language's text is required, the others are optional, and a page shows the English,
 * marked as English, where a language's text is not written yet.
 */
import { z } from 'zod';
import { defaultLocale, localeConfig, translationLocales, type Locale, type TranslationLocale } from './locales.ts';
import { schemaBlocks } from './walk.ts';

/** One field per translation language, each made by `make`. */
export const perTranslationLocale = <T extends z.ZodType>(make: (locale: TranslationLocale) => T) =>
	Object.fromEntries(translationLocales.map((locale) => [locale, make(locale)])) as Record<TranslationLocale, T>;

/** "In Korean": how a field per language says which language it holds. */
export const inLanguage = (locale: TranslationLocale) => `In ${localeConfig[locale].englishName}.`;

const text = () => z.string().min(1);

/** A text in the site's languages: English required, the others optional until written. */
export const localizedTextSchema = () =>
	z
		.strictObject({
			/** In English. */
			[defaultLocale]: text().describe('In English.'),
			// In the other languages of the site: without one, its pages show the English, marked as English.
			...perTranslationLocale((locale) =>
				text()
					.optional()
					.describe(`${inLanguage(locale)} Without it, the page shows the English, marked as English.`),
			),
		})
		.register(schemaBlocks, { block: 'localizedTextSchema' });

export type LocalizedText = z.infer<ReturnType<typeof localizedTextSchema>>;

/** A text in `locale`, and the language it is really in: English until that language's text is written. */
export function textIn(text: LocalizedText, locale: Locale): { text: string; lang: Locale } {
	const written = text[locale];
	return written ? { text: written, lang: locale } : { text: text[defaultLocale], lang: defaultLocale };
}

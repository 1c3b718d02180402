/** A term a reader meets on the site, with its names in each language of the site. */
import { z } from 'zod';
import { sourceSchema } from './common.ts';
import { defaultLocale, localeConfig, localeField, locales, translationLocales, type Locale, type TranslationLocale } from './locales.ts';
import { inLanguage, localizedTextSchema, perTranslationLocale } from './localized.ts';
import { entryReference } from './reference.ts';
import { schemaBlocks } from './walk.ts';

const name = () => z.string().min(1).max(200);
const definition = () => z.string().min(1).max(400);

type DefinitionField<L extends TranslationLocale> = ReturnType<typeof localeField<'definition', L>>;

/** `definitionKo`, `definitionJa`: the definition in each translation language. */
const translatedDefinitions = Object.fromEntries(
	translationLocales.map((locale) => [
		localeField('definition', locale),
		definition()
			.optional()
			.describe(
				`The definition ${inLanguage(locale).replace(/^In/, 'in').replace(/\.$/, '')}. Without it, that glossary shows the English one, marked as English. Change it whenever the English changes.`,
			),
	]),
) as { [L in TranslationLocale as DefinitionField<L>]: z.ZodOptional<ReturnType<typeof definition>> };

/**
 * Variants of the term a page must not use, per language: the checker warns where a page in that
 * language uses one, and names the preferred term (the term's name in that language) in the fix.
 */
export const avoidedTermsSchema = () =>
	z
		.strictObject(
			Object.fromEntries(
				locales.map((locale) => [
					locale,
					z
						.array(name())
						.min(1)
						.max(20)
						.optional()
						.describe(`Variants that pages in ${locale === defaultLocale ? 'English' : inLanguage(locale).slice(3, -1)} must not use.`),
				]),
			) as Record<Locale, z.ZodOptional<z.ZodArray<ReturnType<typeof name>>>>,
		)
		.register(schemaBlocks, { block: 'avoidedTermsSchema' });

/** A word in one language that looks like this term but means something else. */
export const falseFriendSchema = () =>
	z
		.strictObject({
			/** The language the look-alike word belongs to: en, ko or ja. */
			lang: z.enum(locales),
			/** The look-alike word, as it is written in that language, e.g. "조건부 허가". */
			text: name(),
			/** What it means and how it differs from this term, in one sentence, in the site's languages. */
			note: localizedTextSchema(),
		})
		.register(schemaBlocks, { block: 'falseFriendSchema' });

/** A glossary term, keyed by its id in content/glossary.yaml. */
export const termSchema = () =>
	z
		.strictObject({
			/** The English name, as the page heading shows it. */
			[defaultLocale]: name().describe('The English name, as the page heading shows it.'),
			// The name in each translation language (`ko`, `ja`): the preferred term, the one every page in that language uses.
			...perTranslationLocale((locale) =>
				name()
					.optional()
					.describe(
						`The name ${inLanguage(locale).replace(/^In/, 'in').replace(/\.$/, '')}: the preferred term, the one every page in that language uses.`,
					),
			),
			/** How a name is read, per language, where its script does not show it: the Japanese name in hiragana (`ja: さいせいいりょうほう`), so the Japanese glossary is in 五十音順. */
			reading: z
				.strictObject(
					perTranslationLocale((locale) =>
						name().optional().describe(`The reading of the ${localeConfig[locale].englishName} name, for sorting.`),
					),
				)
				.optional(),
			/** Other names and abbreviations readers search for; search treats them as the same term. At most 30, each at most 200 characters. */
			aliases: z.array(name()).max(30, { error: 'may list at most 30 aliases' }).default([]),
			/** Names that must not be used, per language (`ko: [세포가공시설]`): the checker warns where a page in that language uses one. */
			avoid: avoidedTermsSchema().optional(),
			/** Words in another language that look like this term but mean something else; the glossary shows them beside the term. */
			falseFriends: z.array(falseFriendSchema()).max(10).default([]),
			/** What it means, in one or two plain sentences. */
			definition: definition(),
			// `definitionKo`, `definitionJa`.
			...translatedDefinitions,
			/** Paths that explain it in depth. */
			paths: z.array(entryReference('paths')).default([]),
			/** Where the definition comes from. */
			sources: z.array(sourceSchema()).default([]),
		})
		.register(schemaBlocks, { block: 'termSchema' });

type TermNames = Pick<z.infer<ReturnType<typeof termSchema>>, Locale | 'aliases'>;

/** The term's name in `locale`, and the language it is really in: English until that language's name is written. */
export function termName(term: TermNames, locale: Locale): { text: string; lang: Locale } {
	const name = term[locale];
	return name ? { text: name, lang: locale } : { text: term[defaultLocale], lang: defaultLocale };
}

/** Every name of the term, in every language, then its aliases: what search treats as the same term. */
export const termNames = (term: TermNames): string[] => [
	...locales.flatMap((locale) => (term[locale] ? [term[locale]] : [])),
	...term.aliases,
];

/** The key the glossary sorts a term by in `locale`: its reading where one is written, else its name. */
export function termSortKey(term: TermNames & { reading?: Partial<Record<TranslationLocale, string>> }, locale: Locale): string {
	return (locale !== defaultLocale ? term.reading?.[locale] : undefined) ?? termName(term, locale).text;
}

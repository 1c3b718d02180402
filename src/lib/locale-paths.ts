/** Every page in every language: the `locale` route parameter is absent for English, `ko` or `ja` otherwise. */
import { defaultLocale, locales, type Locale } from '../i18n/index.ts';

/** The `locale` route parameter of a language. */
export const localeParam = (locale: Locale): string | undefined => (locale === defaultLocale ? undefined : locale);

/** `getStaticPaths` of a page with no other parameter: one page per language. */
export const everyLocale = () => locales.map((locale) => ({ params: { locale: localeParam(locale) } }));

/** Each of `paths` once in every language. */
export function inEveryLocale<Path extends { params: Record<string, string | undefined> }>(paths: readonly Path[]): Path[] {
	return locales.flatMap((locale) => paths.map((path) => ({ ...path, params: { ...path.params, locale: localeParam(locale) } })));
}

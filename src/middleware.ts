/**
 * The reader's language and its interface words, set once for every page (as Starlight's
 * middleware sets `Astro.locals.t`): pages and components read `Astro.locals.locale` and
 * `Astro.locals.t` instead of each working them out. The language is the page's `locale` route
 * parameter (pageLocale in src/i18n/index.ts), never Astro's `currentLocale`, which would read
 * the CRO facet page /cros/language/ja/ as Japanese.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageLocale, t } from './i18n/index.ts';

export const onRequest = defineMiddleware((context, next) => {
	const locale = pageLocale(context.params);
	context.locals.locale = locale;
	context.locals.t = t(locale);
	return next();
});

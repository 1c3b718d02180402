/** What src/middleware.ts sets on `Astro.locals` for every page. */
declare namespace App {
	interface Locals {
		/** The language the page is rendered in. */
		locale: import('./i18n/index.ts').Locale;
		/** The interface's words in that language (src/i18n/en.ts is their shape). */
		t: import('./i18n/index.ts').Dictionary;
	}
}

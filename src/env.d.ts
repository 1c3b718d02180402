/** What src/middleware.ts sets on `Astro.locals` for every page. */
declare namespace App {
	interface Locals {
		/** The language the page is rendered in. */
		locale: import('./i18n/index.ts').Locale;
		/** The interface's words in that language (src/i18n/dictionaries/en.ts is their shape). */
		t: import('./i18n/index.ts').Dictionary;
		/** Where the page's words live, for its "Edit this page" link, set by a page whose layout is drawn by a component it does not own (a plan); Base's `edit` prop says it otherwise. */
		edit?: import('./lib/edit-links.ts').EditTarget;
	}
}

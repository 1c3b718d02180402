// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { markdownProcessor } from './src/integrations/markdown-processor.ts';
import { checkerIntegration } from './src/integrations/checker.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { headersIntegration } from './src/integrations/headers.ts';
import { notFoundPagesIntegration } from './src/integrations/not-found-pages.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { defaultLocale, locales } from './src/schema/locales.ts';
import { incrementalBuild } from './src/incremental-build.ts';
import { siteLocation } from './src/site-location.ts';

export default defineConfig({
	// Where the site lives comes from the environment (src/site-location.ts): BIOBRIDGE_SITE_URL, BIOBRIDGE_BASE_PATH.
	site: siteLocation.site,
	base: siteLocation.base,
	trailingSlash: 'always',
	// Astro's content cache in the project, not in node_modules: a copy of the project (the bench's
	// corpus, a test's build) links node_modules and must not read this project's cached content.
	cacheDir: './.cache/astro',
	// Stylesheets are files, never inline <style>, so the CSP can forbid inline styles.
	// Sixteen pages in flight, so pages render while others' files (and their incremental-cache copies)
	// are written. At 1,000 entries: pages in 16–17 s, against 19–27 s one at a time; the same pages
	// (docs/decisions.md, 17).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
	// Frontmatter completion and hover in VS Code's Astro extension (see .vscode/settings.json).
	// Incremental builds, when BIOBRIDGE_INCREMENTAL_BUILD=1 (src/incremental-build.ts says why not always): an entry page
	// whose `cacheKey` (src/lib/catalogue.ts) is unchanged is copied from the last build.
	experimental: { contentIntellisense: true, incrementalBuild: incrementalBuild() },
	// English at /, Korean at /ko/, Japanese at /ja/: pages link through getRelativeLocaleUrl (src/lib/links.ts).
	i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: false } },
	markdown: { processor: await markdownProcessor(process.env.BIOBRIDGE_MARKDOWN) },
	integrations: [
		checkerIntegration(),
		// Static parts of a body are compiled to HTML once instead of rendered element by element on each
		// page: at 1,000 entries, MDX bodies' rendering took 0.63 s of CPU against 0.83 s, with the same pages.
		mdx({ optimize: true }),
		sitemap({
			// Search, "not found" and the finder's pages for answers given so far are not pages to land on
			// from a search engine (each finder outcome has its own page, which is listed).
			filter: (page) => !/\/(?:search|404)\/$/.test(page) && !page.includes('/finder/answers/'),
			// Each page is listed with its address in the other languages.
			i18n: { defaultLocale, locales: Object.fromEntries(locales.map((locale) => [locale, locale])) },
		}),
		notFoundPagesIntegration(),
		headersIntegration(),
		pagefindIntegration(),
	],
	vite: {
		// Vite's optimised dependencies in the project too, for the same reason: a dev server in a copy
		// (test/e2e/dev-check.test.ts) shared node_modules/.vite with the builds around it, found it changed,
		// optimised again mid-load, and served imports of the dependencies it had just replaced (504 Outdated Optimize Dep).
		cacheDir: './.cache/vite',
		// Behind the checker: nothing in content/ is imported or run by the build (src/integrations/content-guard.ts).
		plugins: [contentGuard(fileURLToPath(new URL('.', import.meta.url)))],
		build: {
			// Scripts are files, never inline, so the site can forbid inline scripts in its CSP.
			assetsInlineLimit: 0,
			rollupOptions: {
				// Astro's MDX output carries a "use astro:head-inject" directive that the bundler
				// warns about once per file; the warning is Astro's own and harmless.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});

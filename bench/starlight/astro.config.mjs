// @ts-check
/**
 * The bench's second baseline: Starlight, a searchable documentation site built on Astro, building
 * the same generated corpus as the project, in the same three languages (English at the root,
 * Korean and Japanese, which show the English page where an entry has no translation), with its
 * own Pagefind index. `npm run bench` builds it beside the project and bench/bare/ in the same run.
 * Its sidebar lists one entry of each collection, as the project's header lists its sections:
 * Starlight's default sidebar lists every page on every page, 10,000 links on each of 30,000
 * pages, which no site of that size would ship and which would measure the sidebar, not the build.
 * Its bodies use the corpus's <Ref>, <Term> and <Step>, which stand for their children here: the
 * bench gives each copied entry the import (scripts/bench.ts), where bench/bare's page passes them.
 */
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://starlight.example.org',
	// Astro's content cache beside the site, as in the project, so the bench empties it before each
	// build: in node_modules/.astro (the default) it outlived the bench's runs and its later builds reused it.
	cacheDir: './.cache/astro',
	integrations: [
		starlight({
			title: 'BioBridge bench',
			sidebar: ['paths/path-1', 'cros/cro-1', 'institutions/institution-1', 'zones/zone-1', 'benefits/benefit-1'],
			defaultLocale: 'root',
			locales: {
				root: { label: 'English', lang: 'en' },
				ko: { label: '한국어', lang: 'ko' },
				ja: { label: '日本語', lang: 'ja' },
			},
		}),
	],
});

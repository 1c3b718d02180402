// @ts-check
/**
 * The bench's second baseline: Starlight, a searchable documentation site built on Astro, building
 * the same generated corpus as the project, in the same three languages (English at the root,
 * Korean and Japanese, which show the English page where an entry has no translation), with its
 * own Pagefind index. `npm run bench` builds it beside the project and bench/bare/ in the same run.
 * Its bodies use the corpus's <Ref>, <Term> and <Step>, which stand for their children here: the
 * bench gives each copied entry the import (scripts/bench.ts), where bench/bare's page passes them.
 */
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://starlight.example.org',
	integrations: [
		starlight({
			title: 'BioBridge bench',
			defaultLocale: 'root',
			locales: {
				root: { label: 'English', lang: 'en' },
				ko: { label: '한국어', lang: 'ko' },
				ja: { label: '日本語', lang: 'ja' },
			},
		}),
	],
});

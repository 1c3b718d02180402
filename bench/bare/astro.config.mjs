// @ts-check
/**
 * The bench's baseline: a bare Astro + MDX site that builds the same MDX bodies as BioBridge,
 * one page per entry in each of the three languages, with nothing else (no checker, no
 * relations, no search). `npm run bench` builds it beside the project on the same corpus and
 * reports the project as a ratio to it.
 */
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://bare.example.org',
	// Astro's content cache beside the site, as in the project, so the bench empties it before each
	// build: in node_modules/.astro (the default) it outlived the bench's runs and its later builds reused it.
	cacheDir: './.cache/astro',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx()],
});

/** The corpus's English entries as Starlight's docs (their translations, where the corpus has any, under ko/ and ja/ would be added the same way). */
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
	docs: defineCollection({ loader: glob({ base: './content', pattern: ['*/*.mdx', '!*/*.*.mdx'] }), schema: docsSchema() }),
};

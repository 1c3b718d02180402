/** The corpus's MDX entries, read as they are: a title and a body, nothing checked. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const entries = (name: string) =>
	defineCollection({
		loader: glob({ base: `./content/${name}`, pattern: ['*.mdx', '!*.*.mdx'] }),
		schema: z.looseObject({ title: z.string() }),
	});

export const collections = {
	paths: entries('paths'),
	cros: entries('cros'),
	institutions: entries('institutions'),
	zones: entries('zones'),
	benefits: entries('benefits'),
};

/**
 * Astro's view of content/: one glob loader per entry collection and a file loader for the
 * glossary. The schemas are the shared ones from src/schema, given Astro's `reference()`.
 * Astro only logs a missing reference; the checker (src/check) is what fails the build.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { collectionSchemas, entryCollections, glossaryFile, type ReferenceKit } from './schema/index.ts';
import { idFromFileName } from './schema/ids.ts';

const astroReferences: ReferenceKit = {
	entry: (collection) => reference(collection),
	// Step ids are proven by the checker, which knows each path's steps; Astro sees strings.
	step: () => z.string(),
};

const schemas = collectionSchemas(astroReferences);

const entryCollection = (name: (typeof entryCollections)[number]) =>
	defineCollection({
		// Translations (<id>.ko.mdx) hold no structured data of their own; they are not entries.
		loader: glob({ base: `./content/${name}`, pattern: ['*.mdx', '!*.*.mdx'], generateId: ({ entry }) => idFromFileName(entry) }),
		schema: schemas[name],
	});

export const collections = {
	paths: entryCollection('paths'),
	cros: entryCollection('cros'),
	institutions: entryCollection('institutions'),
	zones: entryCollection('zones'),
	benefits: entryCollection('benefits'),
	questions: entryCollection('questions'),
	glossary: defineCollection({ loader: file(`./content/${glossaryFile}`), schema: schemas.glossary }),
};

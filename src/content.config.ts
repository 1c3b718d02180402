/**
 * Astro's view of content/: one glob loader per entry collection and a file loader for the
 * glossary, with the schemas from src/schema. References are plain ids, as the checker reads
 * them: the checker proves every one before Astro loads anything (Astro's own `reference()`
 * would only log a missing entry, and hand pages another shape than the schemas' types).
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readYaml } from './content-yaml.ts';
import { finderFile, finderSchema } from './schema/finder.ts';
import { glossaryFile, schemas, type EntryCollection } from './schema/index.ts';
import { idFromFileName } from './schema/ids.ts';
import { translationLocales } from './schema/locales.ts';
import { anyTranslationSchema } from './schema/translation.ts';

/** An entry collection's files: `<id>.mdx`; translations (`<id>.ko.mdx`) hold no data of their own and are not entries. */
const entryFiles = (name: EntryCollection) =>
	glob({ base: `./content/${name}`, pattern: ['*.mdx', '!*.*.mdx'], generateId: ({ entry }) => idFromFileName(entry) });

/** The route finder, one entry `flow` (content/finder.yaml); a content folder without it (a synthetic corpus) has no finder. */
const finderLoader = existsSync(`./content/${finderFile}`)
	? file(`./content/${finderFile}`, { parser: (text) => ({ flow: readYaml(text) as Record<string, unknown> }) })
	: // Nothing to load, and nothing left over from a build that had a finder.
		{ name: 'no-finder', load: ({ store }: { store: { clear(): void } }) => Promise.resolve(store.clear()) };

export const collections = {
	paths: defineCollection({ loader: entryFiles('paths'), schema: schemas.paths }),
	cros: defineCollection({ loader: entryFiles('cros'), schema: schemas.cros }),
	institutions: defineCollection({ loader: entryFiles('institutions'), schema: schemas.institutions }),
	zones: defineCollection({ loader: entryFiles('zones'), schema: schemas.zones }),
	benefits: defineCollection({ loader: entryFiles('benefits'), schema: schemas.benefits }),
	questions: defineCollection({ loader: entryFiles('questions'), schema: schemas.questions }),
	precedents: defineCollection({ loader: entryFiles('precedents'), schema: schemas.precedents }),
	pages: defineCollection({ loader: entryFiles('pages'), schema: schemas.pages }),
	glossary: defineCollection({ loader: file(`./content/${glossaryFile}`), schema: schemas.glossary }),
	finder: defineCollection({ loader: finderLoader, schema: finderSchema() }),
	// Every translation, with the id `<collection>/<id>.<lang>`; the checker holds each to its collection's translation schema.
	translations: defineCollection({
		loader: glob({
			base: './content',
			pattern: translationLocales.map((locale) => `*/*.${locale}.mdx`),
			generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
		}),
		schema: anyTranslationSchema(),
	}),
};

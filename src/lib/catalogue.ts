/**
 * The one place pages meet Astro's content layer. Astro reads content with the same schemas
 * as the checker (references are plain ids), so an entry's data already has the types of
 * src/schema; the catalogue only leaves out drafts, which get no page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Catalogue, Entry } from '../graph/catalogue.ts';
import { relate, type Relations } from '../graph/relations.ts';
import type { Locale } from '../i18n/index.ts';
import type { EntryCollection } from '../schema/index.ts';
import { inEveryLocale } from './locale-paths.ts';

/** The published entries of a list: an entry written with `draft: true` gets no page. */
function published<Data extends object>(entries: readonly { id: string; data: Data }[]): Entry<Data>[] {
	return entries.filter((entry) => !('draft' in entry.data && entry.data.draft)).map(({ id, data }) => ({ id, data }));
}

let cached: Promise<Catalogue> | undefined;

/** Every published entry of every collection, loaded once per build. */
export function getCatalogue(): Promise<Catalogue> {
	cached ??= (async () => ({
		paths: published(await getCollection('paths')),
		cros: published(await getCollection('cros')),
		institutions: published(await getCollection('institutions')),
		zones: published(await getCollection('zones')),
		benefits: published(await getCollection('benefits')),
		questions: published(await getCollection('questions')),
		glossary: published(await getCollection('glossary')),
		translations: published(await getCollection('translations')),
	}))();
	return cached;
}

/** `getStaticPaths` for an entry page: one page per published entry in each language, with the Astro entry (its data, and its body to render). */
export async function entryStaticPaths<C extends EntryCollection>(collection: C) {
	const entries = await getCollection(collection, (entry) => !entry.data.draft);
	return inEveryLocale(entries.map((entry) => ({ params: { id: entry.id }, props: { entry } })));
}

let translationEntries: Promise<Map<string, CollectionEntry<'translations'>>> | undefined;

/** The published translation of an entry into `locale`, as Astro's entry (with its body to render), if there is one. */
export async function getTranslationEntry(
	collection: EntryCollection,
	id: string,
	locale: Locale,
): Promise<CollectionEntry<'translations'> | undefined> {
	translationEntries ??= getCollection('translations', (entry) => !entry.data.draft).then(
		(entries) => new Map(entries.map((entry) => [entry.id, entry])),
	);
	return (await translationEntries).get(`${collection}/${id}.${locale}`);
}

let relations: Promise<Relations> | undefined;

/** The catalogue's relations, indexed once per build (src/graph/relations.ts). */
export function getRelations(): Promise<Relations> {
	relations ??= getCatalogue().then(relate);
	return relations;
}

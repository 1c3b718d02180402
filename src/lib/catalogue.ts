/**
 * The one place pages meet Astro's content layer. Astro resolves `reference()` fields to
 * `{ collection, id }`; the catalogue turns them back into the plain ids the schemas' types
 * (and src/graph) use, so every page works with one shape of data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Catalogue } from '../graph/catalogue.ts';
import type { CollectionName, EntryCollection } from '../schema/index.ts';

function isReference(value: unknown): value is { collection: string; id: string } {
	if (typeof value !== 'object' || value === null) return false;
	const keys = Object.keys(value);
	return keys.length === 2 && 'collection' in value && 'id' in value;
}

/** Replace every resolved reference in `value` by its id. */
export function referencesToIds(value: unknown): unknown {
	if (isReference(value)) return value.id;
	if (Array.isArray(value)) return value.map(referencesToIds);
	if (value instanceof Date || typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, referencesToIds(inner)]));
}

const published = <E extends { data: { draft?: boolean } }>(entry: E) => !entry.data.draft;

async function plain<C extends CollectionName>(name: C) {
	const entries: CollectionEntry<C>[] = await getCollection(name, published as (entry: CollectionEntry<C>) => boolean);
	return entries.map((entry) => ({ id: entry.id, data: referencesToIds(entry.data) })) as Catalogue[C];
}

let cached: Promise<Catalogue> | undefined;

/** Every published entry of every collection, loaded once per build. */
export function getCatalogue(): Promise<Catalogue> {
	cached ??= (async () => ({
		paths: await plain('paths'),
		cros: await plain('cros'),
		institutions: await plain('institutions'),
		zones: await plain('zones'),
		benefits: await plain('benefits'),
		questions: await plain('questions'),
		glossary: await plain('glossary'),
	}))();
	return cached;
}

/**
 * `getStaticPaths` for an entry page: one page per published entry, with the Astro entry (to
 * render its body) and its plain data from the catalogue.
 */
export async function entryStaticPaths<C extends EntryCollection>(collection: C) {
	const [entries, catalogue] = await Promise.all([getCollection(collection, published as (entry: CollectionEntry<C>) => boolean), getCatalogue()]);
	const byId = new Map<string, Catalogue[C][number]['data']>(catalogue[collection].map((entry) => [entry.id, entry.data]));
	return entries.map((entry) => ({ params: { id: entry.id }, props: { entry, data: byId.get(entry.id)! as Catalogue[C][number]['data'] } }));
}

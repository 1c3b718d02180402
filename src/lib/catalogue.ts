/**
 * The one place pages meet Astro's content layer. Astro reads content with the same schemas
 * as the checker (references are plain ids), so an entry's data already has the types of
 * src/schema; the catalogue only leaves out drafts, which get no page.
 */
import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Catalogue, Entry } from '../graph/catalogue.ts';
import { relate, type Relations } from '../graph/relations.ts';
import type { Locale } from '../i18n/index.ts';
import type { EntryCollection } from '../schema/index.ts';
import { locales } from '../schema/locales.ts';
import { siteLocation } from '../site-location.ts';
import { localeParam } from './locale-paths.ts';

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
		precedents: published(await getCollection('precedents')),
		pages: published(await getCollection('pages')),
		glossary: published(await getCollection('glossary')),
		translations: published(await getCollection('translations')),
	}))();
	return cached;
}

let siteDigest: Promise<string> | undefined;

/**
 * A digest of what an entry page can show of the rest of the site: every entry's data (titles,
 * references, steps), every translation's words, the glossary and the route finder, but not
 * review dates or notes of what changed, which show only on the entry's own page and the lists.
 * When it is unchanged, an entry's page depends on that entry alone.
 */
function getSiteDigest(): Promise<string> {
	siteDigest ??= (async () => {
		const hash = createHash('sha256');
		const catalogue = await getCatalogue();
		const withoutDates = (data: object) => JSON.stringify({ ...data, reviewed: undefined, changes: undefined, translatedFrom: undefined });
		for (const [name, entries] of Object.entries(catalogue))
			for (const entry of entries) hash.update(`${name}/${entry.id}\0${withoutDates(entry.data)}\0`);
		for (const entry of await getCollection('finder')) hash.update(JSON.stringify(entry.data));
		// "Edit this page" names the repository, which Astro's own configuration does not hold.
		hash.update(JSON.stringify(siteLocation));
		return hash.digest('hex');
	})();
	return siteDigest;
}

/**
 * `getStaticPaths` for an entry page: one page per published entry in each language, with the
 * Astro entry (its data, and its body to render). Each page has a `cacheKey` from its entry, its
 * translation and the site digest, so an incremental build (astro.config.mjs) copies the pages
 * of unchanged entries from the previous build instead of rendering them again.
 */
export async function entryStaticPaths<C extends EntryCollection>(collection: C) {
	const entries = await getCollection(collection, (entry) => !entry.data.draft);
	const site = await getSiteDigest();
	const translations = new Map((await getCollection('translations')).map((entry) => [entry.id, entry.digest ?? '']));
	return locales.flatMap((locale) =>
		entries.map((entry) => ({
			params: { id: entry.id, locale: localeParam(locale) },
			props: { entry },
			cacheKey: createHash('sha256')
				.update(`${entry.digest ?? ''}\0${translations.get(`${collection}/${entry.id}.${locale}`) ?? ''}\0${site}`)
				.digest('hex'),
		})),
	);
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

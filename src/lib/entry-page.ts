/**
 * What every entry page starts from: the entry, its data in the reader's language, what the
 * page must say about that language, the site's relations, the page's address, and the body to render (the
 * translation's where it has one, the original's otherwise) with its headings.
 */
import { render, type CollectionEntry } from 'astro:content';
import type { EntryCollection } from '../schema/index.ts';
import { entryHref } from '../schema/routes.ts';
import { getRelations, getTranslationEntry } from './catalogue.ts';
import { localHref } from './links.ts';
import { localize } from './localize.ts';

/** `props` are the page's, as `entryStaticPaths` made them; `locals` are what src/middleware.ts set for it (its language and words). */
export async function entryPage<E extends CollectionEntry<EntryCollection>>(props: { entry: E }, locals: App.Locals) {
	const { entry } = props;
	const { locale, t: words } = locals;
	const relations = await getRelations();
	const published = locale === 'en' ? undefined : await getTranslationEntry(entry.collection, entry.id, locale);
	const data: E['data'] = entry.data;
	const localized = localize(data, locale, published && { id: published.id, data: published.data, body: published.body });
	const { Content, headings } = await render(localized.bodyTranslated && published ? published : entry);
	const href = localHref(locale, entryHref(entry.collection, entry.id));
	return { entry, data: localized.data, localized, relations, Content, headings, locale, words, href };
}

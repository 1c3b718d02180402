/** Entries in order of their last review, newest first: the feed of "What's new", in the reader's language. */
import type { Catalogue } from '../graph/catalogue.ts';
import type { Locale } from '../i18n/index.ts';
import { entryCollections, entryHref, type EntryCollection } from '../schema/index.ts';
import { localize } from './localize.ts';

export interface Change {
	collection: EntryCollection;
	id: string;
	title: string;
	summary: string;
	reviewed: Date;
	/** The editor's one-line note of what changed, when they wrote one (the translator's, on a translated entry). */
	changes?: string;
	/** The language the title and text are really in: English where the entry is not yet translated. */
	lang: Locale;
	/** The route of the entry's page, without a locale. */
	route: string;
}

export function recentChanges(catalogue: Catalogue, locale: Locale, limit = 50): Change[] {
	const translations = new Map(catalogue.translations.map((translation) => [translation.id, translation]));
	return entryCollections
		.flatMap((collection) =>
			catalogue[collection].map(({ id, data }): Change => {
				const translation = locale === 'en' ? undefined : translations.get(`${collection}/${id}.${locale}`);
				const localized = localize(data, locale, translation);
				return {
					collection,
					id,
					title: localized.data.title,
					summary: localized.data.summary,
					reviewed: data.reviewed,
					changes: translation ? translation.data.changes : data.changes,
					lang: localized.lang,
					route: entryHref(collection, id),
				};
			}),
		)
		.sort((a, b) => b.reviewed.getTime() - a.reviewed.getTime() || a.title.localeCompare(b.title, locale))
		.slice(0, limit);
}

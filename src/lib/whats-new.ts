/** Entries in order of their last review, newest first: the feed of "What's new". */
import type { Catalogue } from '../graph/catalogue.ts';
import { entryCollections, entryHref, type EntryCollection } from '../schema/index.ts';

export interface Change {
	collection: EntryCollection;
	id: string;
	title: string;
	summary: string;
	reviewed: Date;
	/** The editor's one-line note of what changed, when they wrote one. */
	changes?: string;
	href: string;
}

export function recentChanges(catalogue: Catalogue, limit = 50): Change[] {
	return entryCollections
		.flatMap((collection) =>
			catalogue[collection].map(({ id, data }) => ({
				collection,
				id,
				title: data.title,
				summary: data.summary,
				reviewed: data.reviewed,
				changes: data.changes,
				href: entryHref(collection, id),
			})),
		)
		.sort((a, b) => b.reviewed.getTime() - a.reviewed.getTime() || a.title.localeCompare(b.title))
		.slice(0, limit);
}

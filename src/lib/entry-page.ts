/** What every entry page starts from: its entry and data, the site's relations and the body to render. */
import { render, type CollectionEntry } from 'astro:content';
import type { EntryCollection } from '../schema/index.ts';
import { getRelations } from './catalogue.ts';

/** `props` are the page's props, as `entryStaticPaths` made them. */
export async function entryPage<E extends CollectionEntry<EntryCollection>>(props: { entry: E }) {
	const { entry } = props;
	const [relations, { Content }] = await Promise.all([getRelations(), render(entry)]);
	const data: E['data'] = entry.data;
	return { entry, data, relations, Content };
}

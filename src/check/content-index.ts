/** What the site will publish, as the checker sees it: ids, steps, routes and anchors. */
import GithubSlugger from 'github-slugger';
import { entryCollections, type CollectionName } from '../schema/collections.ts';
import {
	entryHref,
	facetHref,
	finderOutcomeHref,
	finderRoute,
	fixedRoutes,
	sourceAnchor,
	stepAnchor,
	stepDetailAnchor,
} from '../schema/routes.ts';
import type { Locate } from './locator.ts';
import type { EntryRecord } from './entry-record.ts';

export interface ContentIndex {
	/** Published ids by collection. */
	ids: Map<CollectionName, Set<string>>;
	/** Entries written as drafts, which get no page. */
	drafts: Map<CollectionName, Set<string>>;
	/** Step ids by path id. */
	steps: Map<string, Set<string>>;
	/** Every route with the anchors its page will have. */
	anchors: Map<string, Set<string>>;
	entries: EntryRecord[];
	/** Where a field of an entry is written. */
	locate: Locate;
}

export function indexContent(entries: EntryRecord[], locate: Locate): ContentIndex {
	const ids = new Map<CollectionName, Set<string>>();
	const drafts = new Map<CollectionName, Set<string>>();
	const steps = new Map<string, Set<string>>();
	const anchors = new Map<string, Set<string>>(fixedRoutes.map((route) => [route, new Set(['main'])]));
	for (const name of [...entryCollections, 'glossary'] as const) {
		ids.set(name, new Set());
		drafts.set(name, new Set());
	}
	const glossaryAnchors = new Set(['main']);
	anchors.set('/glossary/', glossaryAnchors);
	for (const entry of entries) {
		if (entry.kind === 'translation') continue;
		// The route finder: its start and each outcome are pages that content may link to.
		if (entry.collection === 'finder') {
			if (entry.pathPrefix.length === 0) anchors.set(finderRoute, new Set(['main']));
			if (entry.pathPrefix[0] === 'outcomes') anchors.set(finderOutcomeHref(entry.id), new Set(['main']));
			continue;
		}
		if (entry.draft) {
			drafts.get(entry.collection)?.add(entry.id);
			continue;
		}
		ids.get(entry.collection)?.add(entry.id);
		if (entry.collection === 'glossary') {
			glossaryAnchors.add(entry.id);
			continue;
		}
		const pageAnchors = new Set(['main']);
		const slugger = new GithubSlugger();
		for (const heading of entry.body?.headings ?? []) pageAnchors.add(slugger.slug(heading));
		entry.sourceKeys.forEach((_, index) => pageAnchors.add(sourceAnchor(index + 1)));
		if (entry.collection === 'paths') {
			steps.set(entry.id, new Set(entry.steps.map((step) => step.id)));
			for (const step of entry.steps) pageAnchors.add(stepAnchor(step.id));
			for (const component of entry.body?.components ?? []) {
				if (component.name === 'Step' && component.attributes.id) pageAnchors.add(stepDetailAnchor(component.attributes.id));
			}
		}
		anchors.set(entryHref(entry.collection, entry.id), pageAnchors);
		for (const [facet, values] of Object.entries(entry.facets ?? {}))
			for (const value of values) anchors.set(facetHref(facet, value), new Set(['main']));
	}
	return { ids, drafts, steps, anchors, entries, locate };
}

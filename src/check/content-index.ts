/** What the site will publish, as the checker sees it: ids, steps, routes and anchors. */
import { createHash } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import { entryCollections, type CollectionName } from '../schema/collections.ts';
import {
	collectionHref,
	entryHref,
	facetHref,
	finderOutcomeHref,
	finderRoute,
	fixedRoutes,
	sourceAnchor,
	stepAnchor,
	stepDetailAnchor,
} from '../schema/routes.ts';
import { memoisePerObject } from '../util/memoise.ts';
import type { Locate } from './locator.ts';
import type { BodyFacts } from './body.ts';
import type { BodyIndex, EntryRecord } from './entry-record.ts';

export interface ContentIndex {
	/** Published ids by collection. */
	ids: Map<CollectionName, Set<string>>;
	/** Entries written as drafts, which get no page. */
	drafts: Map<CollectionName, Set<string>>;
	/** Step ids by path id. */
	steps: Map<string, Set<string>>;
	/** Every route with the anchors its page will have. */
	anchors: Map<string, Set<string>>;
	/**
	 * A translated page's anchors, by language and the English route: its own headings and
	 * <Step> details in place of the English body's, the page's steps and sources as in English.
	 * A link in a translation's body is checked against these, since the site shows it on the page
	 * in the translation's language; a page with no translated body shows the English one.
	 */
	localAnchors: Map<string, Map<string, Set<string>>>;
	entries: EntryRecord[];
	/** Where a field of an entry is written. */
	locate: Locate;
	/** The files of public/images/ that are images of the type their names say, by their path there. */
	images: ReadonlySet<string>;
}

/** What one entry adds to the index. */
interface Contribution {
	/** The id it publishes, or keeps as a draft. */
	declares?: { collection: CollectionName; id: string; draft: boolean };
	/** A path's step ids. */
	steps?: string[];
	/** Routes, each with anchors its page gains. */
	pages: [route: string, anchors: string[]][];
	/** Of the anchors of its own page, those its body makes (headings, <Step> details): a translation's body has its own. */
	bodyAnchors?: string[];
	/** A translation with a body: the language and English route of the page it is shown on. */
	translates?: { lang: string; route: string };
}

/** What a body adds to the index: worked out as the file is read, since the cache reads a body back only for a rule that needs it. */
export function bodyIndexOf(collection: EntryRecord['collection'], body: BodyFacts): BodyIndex {
	const slugger = new GithubSlugger();
	const anchors = body.headings.map((heading) => slugger.slug(heading));
	if (collection === 'paths')
		for (const component of body.components)
			if (component.name === 'Step' && component.attributes.id) anchors.push(stepDetailAnchor(component.attributes.id));
	return { anchors, hasText: (body.text ?? '').trim() !== '' };
}

function contributionOf(entry: EntryRecord): Contribution {
	if (entry.kind === 'translation')
		return entry.lang && entry.bodyIndex?.hasText && entry.collection !== 'glossary' && entry.collection !== 'finder'
			? { pages: [], bodyAnchors: entry.bodyIndex.anchors, translates: { lang: entry.lang, route: entryHref(entry.collection, entry.id) } }
			: { pages: [] };
	// The route finder: its start and each outcome are pages that content may link to.
	if (entry.collection === 'finder') {
		if (entry.pathPrefix.length === 0) return { pages: [[finderRoute, ['main']]] };
		if (entry.pathPrefix[0] === 'outcomes') return { pages: [[finderOutcomeHref(entry.id), ['main']]] };
		return { pages: [] };
	}
	const declares = { collection: entry.collection, id: entry.id, draft: entry.draft };
	if (entry.draft) return { declares, pages: [] };
	// A term is an anchor on the glossary's one page.
	if (entry.collection === 'glossary') return { declares, pages: [[collectionHref('glossary'), [entry.id]]] };
	const bodyAnchors = entry.bodyIndex?.anchors ?? [];
	const pageAnchors = ['main', ...bodyAnchors];
	entry.sourceKeys.forEach((_, index) => pageAnchors.push(sourceAnchor(index + 1)));
	let steps: string[] | undefined;
	if (entry.collection === 'paths') {
		steps = entry.steps.map((step) => step.id);
		for (const step of steps) pageAnchors.push(stepAnchor(step));
	}
	const pages: Contribution['pages'] = [[entryHref(entry.collection, entry.id), pageAnchors]];
	for (const [facet, values] of Object.entries(entry.facets ?? {}))
		for (const value of values) pages.push([facetHref(facet, value), ['main']]);
	return { declares, steps, pages, bodyAnchors };
}

// Records are never changed once read, so what each one adds, and that written as a key, is worked out once.
const contribution = memoisePerObject(contributionOf);
const contributionKey = memoisePerObject((entry: EntryRecord) => JSON.stringify(contribution(entry)));

/** Whether `entries` add exactly what `before` did, in the same order: then they publish the same ids, steps and anchors. */
function addsTheSame(entries: EntryRecord[], before: EntryRecord[]): boolean {
	return (
		entries.length === before.length &&
		entries.every((entry, i) => entry === before[i] || contributionKey(entry) === contributionKey(before[i]))
	);
}

/**
 * Indexes `entries`. Given the index of an earlier run (watch mode) whose entries added the same,
 * it keeps that index's ids, steps and anchors, so `sameShape` tells a rule that results it drew
 * from them and an unchanged entry still stand.
 */
export function indexContent(
	entries: EntryRecord[],
	locate: Locate,
	images: ReadonlySet<string> = new Set(),
	earlier?: ContentIndex,
): ContentIndex {
	if (earlier && addsTheSame(entries, earlier.entries) && sameImages(images, earlier.images))
		return { ...earlier, entries, locate, images };
	const ids = new Map<CollectionName, Set<string>>();
	const drafts = new Map<CollectionName, Set<string>>();
	const steps = new Map<string, Set<string>>();
	const anchors = new Map<string, Set<string>>(fixedRoutes.map((route) => [route, new Set(['main'])]));
	for (const name of [...entryCollections, 'glossary'] as const) {
		ids.set(name, new Set());
		drafts.set(name, new Set());
	}
	anchors.set(collectionHref('glossary'), new Set(['main']));
	const bodyAnchors = new Map<string, string[]>();
	const translations: { lang: string; route: string; anchors: string[] }[] = [];
	for (const entry of entries) {
		const { declares, steps: stepIds, pages, bodyAnchors: ownBody, translates } = contribution(entry);
		if (translates) translations.push({ ...translates, anchors: ownBody ?? [] });
		else if (declares && ownBody) bodyAnchors.set(entryHref(declares.collection, declares.id), ownBody);
		if (declares) (declares.draft ? drafts : ids).get(declares.collection)?.add(declares.id);
		if (declares && stepIds) steps.set(declares.id, new Set(stepIds));
		for (const [route, added] of pages) {
			const known = anchors.get(route);
			if (known) for (const anchor of added) known.add(anchor);
			else anchors.set(route, new Set(added));
		}
	}
	const localAnchors = new Map<string, Map<string, Set<string>>>();
	for (const { lang, route, anchors: own } of translations) {
		const english = anchors.get(route);
		if (!english) continue; // an orphan translation is reported as such
		const body = new Set(bodyAnchors.get(route));
		const local = localAnchors.get(lang) ?? new Map<string, Set<string>>();
		local.set(route, new Set([...[...english].filter((anchor) => !body.has(anchor)), ...own]));
		localAnchors.set(lang, local);
	}
	return { ids, drafts, steps, anchors, localAnchors, entries, locate, images };
}

const sameImages = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((file) => b.has(file));

/**
 * A digest of what `index` publishes: what each entry adds, in order, and the images. Indexes
 * with the same digest have the same ids, steps and anchors, so what the entry rules found in an
 * unchanged entry under one stands under the other, in another process too (cache.ts).
 */
export function indexShape(index: ContentIndex): string {
	// Kept by the anchors' map, which an index keeps from an earlier one exactly when it adds the same (watch mode).
	const known = shapes.get(index.anchors);
	if (known) return known;
	const hash = createHash('sha1');
	for (const entry of index.entries) hash.update(contributionKey(entry)).update('\n');
	for (const image of [...index.images].sort()) hash.update(image).update('\n');
	const shape = hash.digest('base64');
	shapes.set(index.anchors, shape);
	return shape;
}
const shapes = new WeakMap<ContentIndex['anchors'], string>();

/** Whether two indexes publish the same ids, steps and anchors because the later kept the earlier's. */
export function sameShape(index: ContentIndex, earlier: ContentIndex | undefined): boolean {
	return earlier !== undefined && index.anchors === earlier.anchors;
}

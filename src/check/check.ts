/**
 * The checker as a sentence: list the files → read each one (or take it from the cache) →
 * index what will be published → judge each entry against it → run the rules that weigh
 * entries against each other → sort.
 */
import { join } from 'node:path';
import { FileCache } from './cache.ts';
import { listContentFiles, listImages } from './content-files.ts';
import { indexContent, sameShape, type ContentIndex } from './content-index.ts';
import { byLocation, type Diagnostic } from './diagnostic.ts';
import { createLocator } from './locator.ts';
import { imageFolder } from '../schema/url-policy.ts';
import { declaredEntry, type EntryRecord, type FileResult } from './entry-record.ts';
import { parseFile } from './parse-file.ts';
import { readContentFile } from './read-file.ts';
import { unreadableFile } from './rules/unreadable.ts';
import type { ContentFile } from './content-files.ts';
import { bodyProblems } from './rules/body-links.ts';
import { checkFinderOrder } from './rules/finder-order.ts';
import { checkPlans } from './rules/plans.ts';
import { referenceProblems } from './rules/references.ts';
import { checkReviewed } from './rules/reviewed.ts';
import { sourceReferenceProblems } from './rules/sources.ts';
import { checkPrerequisiteCycles, duplicateStepProblems, stepCycleProblems, stepReferenceProblems } from './rules/steps.ts';
import { checkTranslations } from './rules/translations.ts';
import { checkWording } from './rules/wording.ts';
import { isoDate } from '../util/iso-date.ts';

export interface CheckOptions {
	/** The content folder. */
	contentDir: string;
	/** How files are named in reports: `content` gives `content/cros/cmic.mdx`. */
	label?: string;
	/** Today, as YYYY-MM-DD, for review dates. Defaults to the real date. */
	today?: string;
	/** A file to keep per-file results in between runs. */
	cacheFile?: string;
	/** A cache kept in memory across runs (watch mode); takes the place of `cacheFile`. */
	cache?: FileCache;
	/** Watch mode: files no change event has named since the last run, whose cached result stands without reading them. */
	unchanged?: (file: string) => boolean;
	/** The folder of images bodies may show; by default public/images/ beside the content folder. */
	imagesDir?: string;
	/** Watch mode: the last run's result. While every entry adds to the index what it added then, what the entry rules found in an entry that did not change stands. */
	earlier?: CheckResult;
}

export interface CheckResult {
	diagnostics: Diagnostic[];
	errors: number;
	warnings: number;
	files: number;
	entries: number;
	/** Files whose results came from the cache. */
	cached: number;
	/** How long the check took, in milliseconds (module loading excluded). */
	durationMs: number;
	index: ContentIndex;
	/** What the entry rules found in each entry. */
	entryProblems: Map<EntryRecord, Diagnostic[]>;
}

/** Rules that judge one entry by itself and by what the index says the site publishes (ids, steps, anchors), and nothing else. */
const entryRules = [
	referenceProblems,
	sourceReferenceProblems,
	stepReferenceProblems,
	duplicateStepProblems,
	stepCycleProblems,
	bodyProblems,
];

/** Rules that weigh entries against each other. */
const graphRules = [checkPrerequisiteCycles, checkTranslations, checkFinderOrder];

/**
 * Where a reported file (`content/cros/cmic.mdx`) is on disk. Made outside `check`: a closure made
 * inside it would share its scope, `options.earlier` included, and the index that keeps this
 * closure would keep every earlier run's index alive in watch mode.
 */
const absoluteIn = (contentDir: string, label: string) => (file: string) => join(contentDir, file.slice(label.length + 1));

export async function check(options: CheckOptions): Promise<CheckResult> {
	const started = performance.now();
	const today = options.today ?? isoDate(new Date());
	const label = options.label ?? 'content';
	const listing = listContentFiles(options.contentDir, label);
	const images = listImages(options.imagesDir ?? join(options.contentDir, '..', imageFolder.repository), imageFolder.repository);
	// Without a cache (--no-cache, tests) files are only read: no stat, no hash.
	const cache = options.cache ?? (options.cacheFile ? new FileCache(options.cacheFile) : undefined);
	cache?.begin();
	const readAndParse = (content: ContentFile): FileResult => {
		const cached = options.unchanged?.(content.file) ? cache?.unchanged(content.file) : undefined;
		if (cached) return cached;
		const read = readContentFile(content.absolute);
		// An unreadable entry still declares its id, so what refers to it is not reported as well.
		if (!read.ok)
			return {
				diagnostics: [unreadableFile(content, read)],
				entries: content.kind === 'glossary' || content.kind === 'finder' ? [] : [declaredEntry(content, { valid: false })],
			};
		return cache ? cache.resolve(content.file, read.text, () => parseFile(content, read.text)) : parseFile(content, read.text);
	};
	const results = listing.files.map(readAndParse);
	cache?.save();

	const diagnostics: Diagnostic[] = [...listing.diagnostics, ...images.diagnostics, ...results.flatMap((result) => result.diagnostics)];
	const entries: EntryRecord[] = results.flatMap((result) => result.entries);
	const index = indexContent(entries, createLocator(absoluteIn(options.contentDir, label)), images.images, options.earlier?.index);
	const earlierProblems = sameShape(index, options.earlier?.index) ? options.earlier?.entryProblems : undefined;
	const entryProblems = new Map<EntryRecord, Diagnostic[]>();
	for (const entry of entries) {
		const problems = earlierProblems?.get(entry) ?? entryRules.flatMap((rule) => rule(index, entry));
		entryProblems.set(entry, problems);
		diagnostics.push(...problems);
	}
	for (const rule of graphRules) diagnostics.push(...rule(index));
	diagnostics.push(...checkWording(index, absoluteIn(options.contentDir, label)));
	diagnostics.push(...checkReviewed(index, today));
	diagnostics.push(...checkPlans(index, today));
	diagnostics.sort(byLocation);

	return {
		diagnostics,
		errors: diagnostics.filter((d) => d.severity === 'error').length,
		warnings: diagnostics.filter((d) => d.severity === 'warning').length,
		files: listing.files.length,
		entries: entries.filter((entry) => entry.kind === 'entry' || entry.kind === 'glossary').length,
		cached: cache?.hits ?? 0,
		durationMs: performance.now() - started,
		index,
		entryProblems,
	};
}

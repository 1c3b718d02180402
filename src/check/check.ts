/**
 * The checker as a sentence: list the files → read each one (or take it from the cache) →
 * index what will be published → judge each entry against it and the glossary (or take what was
 * found from the cache, while both are the same) → run the rules that weigh entries against each
 * other → sort.
 */
import { join } from 'node:path';
import { FileCache, type JudgedBy } from './cache.ts';
import { listContentFiles, listImages } from './content-files.ts';
import { indexContent, indexShape, sameShape, type ContentIndex } from './content-index.ts';
import { byLocation, type Diagnostic } from './diagnostic.ts';
import { createLocator } from './locator.ts';
import { imageFolder } from '../schema/url-policy.ts';
import { declaredEntry, type EntryRecord, type FileResult } from './entry-record.ts';
import { parseFile } from './parse-file.ts';
import { decode, readContentBytes, type ReadResult } from './read-file.ts';
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
import { wordingRules } from './rules/wording.ts';
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

/** What an unreadable file says: its problem, and its entry's id, so what refers to it is not reported as well. */
const unreadable = (content: ContentFile, read: Extract<ReadResult, { ok: false }>): FileResult => ({
	diagnostics: [unreadableFile(content, read)],
	entries: content.kind === 'glossary' || content.kind === 'finder' ? [] : [declaredEntry(content, { valid: false })],
});

/** Everything one file says by itself, from its bytes. */
function parseBytes(content: ContentFile, bytes: Uint8Array): FileResult {
	const read = decode(bytes);
	return read.ok ? parseFile(content, read.text) : unreadable(content, read);
}

/** Everything one file says by itself, read from disk. */
function readAndParseFile(content: ContentFile): FileResult {
	const read = readContentBytes(content.absolute);
	return read.ok ? parseBytes(content, read.bytes) : unreadable(content, read);
}

/**
 * What `rules` find in each entry of a file: kept in `cache` while what they weigh the entries
 * against (`against`, worked out only with a cache) is the same.
 */
const judgements =
	(cache: FileCache | undefined) =>
	(file: string, by: JudgedBy, against: () => string, rules: () => Diagnostic[][]): Diagnostic[][] => {
		if (!cache) return rules();
		const digest = against();
		const kept = cache.judged(file, by, digest);
		if (kept) return kept;
		const found = rules();
		cache.judge(file, by, digest, found);
		return found;
	};

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
	// The bytes of each file whose result came back from disk without its texts, in case they are needed.
	const textless = new Map<string, Uint8Array>();
	const readAndParse = (content: ContentFile): FileResult => {
		const cached = options.unchanged?.(content.file) ? cache?.unchanged(content.file) : undefined;
		if (cached) return cached;
		if (!cache) return readAndParseFile(content);
		const read = readContentBytes(content.absolute);
		if (!read.ok) return unreadable(content, read);
		const result = cache.resolve(content.file, read.bytes, () => parseBytes(content, read.bytes));
		if (cache.textless(content.file)) textless.set(content.file, read.bytes);
		return result;
	};
	const results = listing.files.map(readAndParse);

	const diagnostics: Diagnostic[] = [...listing.diagnostics, ...images.diagnostics, ...results.flatMap((result) => result.diagnostics)];
	const entries: EntryRecord[] = results.flatMap((result) => result.entries);
	const absolute = absoluteIn(options.contentDir, label);
	const index = indexContent(entries, createLocator(absolute), images.images, options.earlier?.index);
	const earlierProblems = sameShape(index, options.earlier?.index) ? options.earlier?.entryProblems : undefined;
	const wording = wordingRules(index, absolute);
	const judged = judgements(cache);
	const entryProblems = new Map<EntryRecord, Diagnostic[]>();
	listing.files.forEach((content, i) => {
		const { entries: fileEntries } = results[i];
		if (fileEntries.length === 0) return;
		const found =
			earlierProblems && fileEntries.every((entry) => earlierProblems.has(entry))
				? fileEntries.map((entry) => earlierProblems.get(entry) ?? [])
				: judged(
						content.file,
						'entry-rules',
						() => indexShape(index),
						() => fileEntries.map((entry) => entryRules.flatMap((rule) => rule(index, entry))),
					);
		fileEntries.forEach((entry, j) => {
			entryProblems.set(entry, found[j]);
			diagnostics.push(...found[j]);
		});
		const words = judged(
			content.file,
			'wording',
			() => wording.against,
			() => {
				// A result the cache read back from disk has no texts: the file is parsed again for them.
				if (!cache?.textless(content.file)) return fileEntries.map(wording.problems);
				const bytes = textless.get(content.file);
				const again = () => (bytes ? parseBytes(content, bytes) : readAndParseFile(content));
				return cache.withTexts(content.file, again).entries.map(wording.problems);
			},
		);
		diagnostics.push(...words.flat());
	});
	cache?.save();
	for (const rule of graphRules) diagnostics.push(...rule(index));
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

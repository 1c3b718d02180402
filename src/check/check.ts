/**
 * The checker as a sentence: list the files → read each one (or take it from the cache) →
 * index what will be published → run the rules that need the whole picture → sort.
 */
import { readFileSync } from 'node:fs';
import { FileCache } from './cache.ts';
import { listContentFiles } from './content-files.ts';
import { indexContent, type ContentIndex } from './content-index.ts';
import { byLocation, type Diagnostic } from './diagnostic.ts';
import { parseFile, type EntryRecord } from './parse-file.ts';
import { checkBodies } from './rules/body-links.ts';
import { checkReferences } from './rules/references.ts';
import { checkReviewed } from './rules/reviewed.ts';
import { checkCycles, checkDuplicateSteps, checkStepReferences } from './rules/steps.ts';
import { checkTranslations } from './rules/translations.ts';

export interface CheckOptions {
	/** The content folder. */
	contentDir: string;
	/** How files are named in reports: `content` gives `content/cros/cmic.mdx`. */
	label?: string;
	/** Today, as YYYY-MM-DD, for review dates. Defaults to the real date. */
	today?: string;
	/** A file to keep per-file results in between runs. */
	cacheFile?: string;
}

export interface CheckResult {
	diagnostics: Diagnostic[];
	errors: number;
	warnings: number;
	files: number;
	entries: number;
	/** Files whose results came from the cache. */
	cached: number;
	index: ContentIndex;
}

const graphRules = [checkReferences, checkStepReferences, checkDuplicateSteps, checkCycles, checkBodies, checkTranslations];

export function check(options: CheckOptions): CheckResult {
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	const listing = listContentFiles(options.contentDir, options.label ?? 'content');
	const cache = new FileCache(options.cacheFile);
	const diagnostics: Diagnostic[] = [...listing.diagnostics];
	const entries: EntryRecord[] = [];

	for (const content of listing.files) {
		const text = readFileSync(content.absolute, 'utf8');
		const key = FileCache.key(content.file, text);
		let result = cache.get(key);
		if (!result) {
			result = parseFile(content, text);
			cache.set(key, result);
		}
		diagnostics.push(...result.diagnostics);
		entries.push(...result.entries);
	}
	cache.save();

	const index = indexContent(entries, (entry) => entry.draft);
	for (const rule of graphRules) diagnostics.push(...rule(index));
	diagnostics.push(...checkReviewed(index, today));
	diagnostics.sort(byLocation);

	return {
		diagnostics,
		errors: diagnostics.filter((d) => d.severity === 'error').length,
		warnings: diagnostics.filter((d) => d.severity === 'warning').length,
		files: listing.files.length,
		entries: entries.filter((entry) => entry.kind !== 'translation').length,
		cached: cache.hits,
		index,
	};
}

/** What the checker keeps of one entry after reading its file: enough for every rule that needs other files too. */
import type { ReferenceTarget } from '../schema/reference.ts';
import type { BodyFacts } from './body.ts';
import type { ContentFile } from './content-files.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { DataPath } from './frontmatter.ts';
import type { PlanFacts } from './plan-facts.ts';

/** Positions are not stored: finding them costs a second YAML parse, done only for files with a problem (see locator.ts). */
export interface ReferenceRecord {
	path: DataPath;
	value: string;
	target: Exclude<ReferenceTarget, { kind: 'source' }>;
}

/** A figure's `source`: a 1-based number or a key, resolved against the entry's own `sources`. */
export interface SourceReferenceRecord {
	path: DataPath;
	value: string | number;
}

export interface EntryRecord {
	collection: ContentFile['collection'];
	id: string;
	file: string;
	kind: ContentFile['kind'];
	lang?: string;
	/** Where the entry's data sits in its file: `[]` for an MDX file, `[termId]` in the glossary. */
	pathPrefix: DataPath;
	/** True when the schema accepted the data. */
	valid: boolean;
	/** Written with `draft: true`: no page is published for it. */
	draft: boolean;
	/** The top-level fields written in the frontmatter. */
	keys: string[];
	/** `reviewed` as YYYY-MM-DD, when it is a date. */
	reviewed?: string;
	references: ReferenceRecord[];
	sourceReferences: SourceReferenceRecord[];
	/** The `key` of each of the entry's sources, in order (null where a source has none). */
	sourceKeys: (string | null)[];
	/** The entry's step ids, in order, with their index in `steps` and how many documents and fees each lists (paths, and translations of paths). */
	steps: { id: string; index: number; documents: number; fees: number }[];
	/** Values of the CRO directory's facets, which become pages (`/cros/service/<value>/`). */
	facets?: Record<string, string[]>;
	body?: BodyFacts;
	/** What the body adds to the index (content-index.ts), kept apart from `body`, which the cache reads back only for a rule that needs it. */
	bodyIndex?: BodyIndex;
	/**
	 * The words readers see in the data (title, summary, steps…; not the sources' own titles), for
	 * the language rules. Like the body's text, not kept in the checker's cache.
	 */
	words?: string;
	/** What the plan rules need: a path's steps, an outcome's paths and choices, the exchange rate's date. */
	plan?: PlanFacts;
	/** A glossary term's preferred name and the variants to avoid, per language. */
	preferred?: Record<string, { name: string; avoid: string[] }>;
}

/** What a body adds to the index of what the site publishes. */
export interface BodyIndex {
	/** The anchors it makes: its headings' (as GitHub and the site's Markdown slug them) and, on a path, its <Step> details'. */
	anchors: string[];
	/** Whether it has running text: a translation without any shows the English body. */
	hasText: boolean;
}

/** Everything the checker can learn from one file alone. It depends only on the file's text, so it is what the cache keeps. */
export interface FileResult {
	diagnostics: Diagnostic[];
	entries: EntryRecord[];
}

/** An entry that declares only its id: for a file whose data could not be read, so references to it are not reported too. */
export function declaredEntry(content: ContentFile, options: { valid: boolean; keys?: string[] }): EntryRecord {
	return {
		collection: content.collection,
		id: content.id,
		file: content.file,
		kind: content.kind,
		lang: content.lang,
		pathPrefix: [],
		valid: options.valid,
		draft: false,
		keys: options.keys ?? [],
		references: [],
		sourceReferences: [],
		sourceKeys: [],
		steps: [],
	};
}

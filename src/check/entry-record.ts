/** What the checker keeps of one entry after reading its file: enough for every rule that needs other files too. */
import type { ReferenceTarget } from '../schema/reference.ts';
import type { BodyFacts } from './body.ts';
import type { ContentFile } from './content-files.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { DataPath } from './frontmatter.ts';

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
	/** The words readers see in the data (title, summary, steps…; not the sources' own titles), for the language rules. */
	words?: string;
	/** A glossary term's preferred name and the variants to avoid, per language. */
	preferred?: Record<string, { name: string; avoid: string[] }>;
}

/** Everything the checker can learn from one file alone. It depends only on the file's text, so it is what the cache keeps. */
export interface FileResult {
	diagnostics: Diagnostic[];
	entries: EntryRecord[];
}

/** An entry that declares only its id: for a file whose data could not be read, so references to it are not reported too. */
export function declaredEntry(content: ContentFile, options: { valid: boolean; keys?: string[]; body?: BodyFacts }): EntryRecord {
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
		body: options.body,
	};
}

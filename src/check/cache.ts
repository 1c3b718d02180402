/**
 * Per-file results keyed by the file's content, so a re-check parses only what changed. Every
 * file is read and hashed: a file's size and time say nothing certain about its content (an
 * edit can keep both). Only watch mode skips reading, for files no change event has named
 * since the last run. Stored as JSON under node_modules/.cache, and written again only when more
 * than a few files differ from what it holds: writing it costs more than parsing a few files
 * again (at 10,000 entries, 25 MB and 0.3 s against well under a millisecond a file), so a
 * one-file change, what a pull request checks, leaves it as it was. The whole cache belongs to
 * one version of the rules: it is stored with the digest of the checker's code, schemas and
 * dependencies (code-digest.ts), and a cache made by any other version is not read at all.
 *
 * Beside each result it keeps what the rules that weigh an entry against other files found in
 * it (judgements), with what they weighed it against, so a re-check in a new process runs them
 * again only where that changed. The texts the language rules read (an entry's words and body
 * text, half of what a result holds) are not stored: what those rules found is. A result read
 * back from disk has no texts, and is parsed again the one time they are needed (a change to the
 * glossary's variants).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runningCheckerDigest } from './code-digest.ts';
import type { BodyFacts } from './body.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { EntryRecord, FileResult } from './entry-record.ts';

/** The rules whose findings are kept: the entry rules (weighed against the index's shape) and the language rules (against the glossary's variants). */
export type JudgedBy = 'entry-rules' | 'wording';

interface Judgement {
	/** The digest of what the rules weighed the entries against (indexShape, WordingRules.against). */
	against: string;
	/** What they found, for each entry of the file in order. */
	found: Diagnostic[][];
}

interface Cached {
	/** SHA-1 of the path and the content. */
	key: string;
	result: FileResult;
	judged?: Partial<Record<JudgedBy, Judgement>>;
	/** Read back from disk: the result has no texts. Not stored. */
	textless?: boolean;
	/** Parsed again this run for its texts: a change the stored cache does not hold. Not stored. */
	reparsed?: boolean;
}

function isCached(value: unknown): value is Cached {
	if (typeof value !== 'object' || value === null) return false;
	const { key, result } = value as Partial<Cached>;
	return (
		typeof key === 'string' &&
		typeof result === 'object' &&
		result !== null &&
		Array.isArray(result.diagnostics) &&
		Array.isArray(result.entries)
	);
}

function load(file: string, version: string): Map<string, Cached> {
	try {
		const stored = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; files?: unknown };
		if (stored.version !== version || !Array.isArray(stored.files)) return new Map();
		const files = new Map<string, Cached>();
		for (const item of stored.files)
			if (Array.isArray(item) && typeof item[0] === 'string' && isCached(item[1])) {
				for (const entry of item[1].result.entries) if (typeof entry.body === 'string') entry.body = new StoredBody(entry.body);
				files.set(item[0], { ...item[1], textless: true });
			}
		return files;
	} catch {
		// No cache yet, or an unreadable one: start empty.
		return new Map();
	}
}

/**
 * An entry as stored: without the texts of the language rules, whose findings are stored instead,
 * and with its body's facts as a JSON text of their own (StoredBody).
 */
const storedEntry = (entry: EntryRecord) => ({
	...entry,
	words: undefined,
	body: entry.body instanceof StoredBody ? entry.body.json : entry.body && JSON.stringify({ ...entry.body, text: undefined }),
});

/**
 * A stored entry's body facts, read from their JSON text the first time a rule asks for them: a
 * re-check whose index kept its shape asks for none (what the entry rules found is kept), and they
 * are most of what the cache holds, in small objects that cost time to make and to collect.
 */
class StoredBody implements BodyFacts {
	readonly json: string;
	#facts: BodyFacts | undefined;
	constructor(json: string) {
		this.json = json;
	}
	private get facts(): BodyFacts {
		return (this.#facts ??= JSON.parse(this.json) as BodyFacts);
	}
	get links() {
		return this.facts.links;
	}
	get images() {
		return this.facts.images;
	}
	get components() {
		return this.facts.components;
	}
	get headings() {
		return this.facts.headings;
	}
	get headingsAt() {
		return this.facts.headingsAt;
	}
	/** Never stored: the language rules' findings are. */
	readonly text = undefined;
}

const storedFile = ({ key, result, judged }: Cached) => ({
	key,
	result: { diagnostics: result.diagnostics, entries: result.entries.map(storedEntry) },
	judged,
});

/**
 * Files whose results differ from the stored cache's, up to which the cache is not written again:
 * the next run parses them again instead.
 */
export const rewriteAfter = 32;

/** Each file's key, by path. */
const keysOf = (results: ReadonlyMap<string, Cached>) => new Map([...results].map(([path, { key }]) => [path, key]));

export class FileCache {
	private readonly file: string | undefined;
	/** The digest of the rules that made the results: the cache's only valid version. */
	private readonly version: string;
	private previous: Map<string, Cached>;
	/** Each file's key as the stored cache holds it. */
	private stored: Map<string, string>;
	private next = new Map<string, Cached>();
	hits = 0;

	/** `version` is the checker's code digest (checkerCodeDigest); results stored under any other are never reused. */
	constructor(file: string | undefined, version: string = runningCheckerDigest()) {
		this.file = file;
		this.version = version;
		this.previous = file ? load(file, version) : new Map();
		this.stored = keysOf(this.previous);
	}

	/**
	 * Start a new run: what the last run saw becomes what this one may reuse. A watcher keeps one
	 * cache across runs.
	 */
	begin(): void {
		if (this.next.size > 0) this.previous = this.next;
		this.next = new Map();
		this.hits = 0;
	}

	/** Watch mode: the last result for `path`, when no change event has named it since. */
	unchanged(path: string): FileResult | undefined {
		const known = this.previous.get(path);
		if (known) this.keep(path, known);
		return known?.result;
	}

	/** The result for `path` with this content (its bytes, or its text), from the cache or from `parse`. */
	resolve(path: string, content: Uint8Array | string, parse: () => FileResult): FileResult {
		// A text hashes as its UTF-8 bytes: a file has one key whichever of the two is given.
		const key = createHash('sha1').update(path).update('\0').update(content).digest('base64');
		const known = this.previous.get(path);
		if (known && known.key === key) return this.keep(path, known).result;
		const result = parse();
		this.next.set(path, { key, result });
		return result;
	}

	private keep(path: string, cached: Cached): Cached {
		this.hits++;
		this.next.set(path, cached);
		return cached;
	}

	/** Whether this run's result for `path` came back from disk without its texts. */
	textless(path: string): boolean {
		return this.next.get(path)?.textless === true;
	}

	/** This run's result for `path` parsed again from `parse`, for its texts. */
	withTexts(path: string, parse: () => FileResult): FileResult {
		const cached = this.next.get(path);
		const result = parse();
		if (cached) this.next.set(path, { key: cached.key, result, judged: cached.judged, reparsed: true });
		return result;
	}

	/** What the `by` rules found in the entries of `path`, if they weighed them against `against`. */
	judged(path: string, by: JudgedBy, against: string): Diagnostic[][] | undefined {
		const judgement = this.next.get(path)?.judged?.[by];
		return judgement?.against === against ? judgement.found : undefined;
	}

	/** Keeps what the `by` rules found in the entries of `path`, weighed against `against`. */
	judge(path: string, by: JudgedBy, against: string, found: Diagnostic[][]): void {
		const cached = this.next.get(path);
		if (cached) this.next.set(path, { ...cached, judged: { ...cached.judged, [by]: { against, found } } });
	}

	/** Files of this run whose result the stored cache does not hold. */
	private unstored(): number {
		let count = 0;
		for (const [path, { key, reparsed }] of this.next) if (reparsed || this.stored.get(path) !== key) count++;
		return count;
	}

	/**
	 * Stores this run's files, and only those, so the cache does not grow with deleted ones; unless
	 * at most `rewriteAfter` of them differ from the stored cache, whose other results still hold
	 * (a deleted file's result stays until the next write, and is never read). With nothing stored
	 * yet, every file of the run is new and the cache is written, unless the run had no files.
	 */
	save(): void {
		if (!this.file) return;
		if (this.stored.size > 0 ? this.unstored() <= rewriteAfter : this.next.size === 0) return;
		mkdirSync(dirname(this.file), { recursive: true });
		writeFileSync(
			this.file,
			JSON.stringify({ version: this.version, files: [...this.next].map(([path, cached]) => [path, storedFile(cached)]) }),
		);
		this.stored = keysOf(this.next);
		for (const [path, cached] of this.next) if (cached.reparsed) this.next.set(path, { ...cached, reparsed: false });
	}
}

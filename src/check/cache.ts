/**
 * Per-file results keyed by the file's content, so a re-check parses only what changed. Every
 * file is read and hashed: a file's size and time say nothing certain about its content (an
 * edit can keep both). Only watch mode skips reading, for files no change event has named
 * since the last run. Stored as JSON under node_modules/.cache, and written again only when more
 * than a few files differ from what it holds: writing it costs more than parsing a few files
 * again (at 10,000 entries, 46 MB and 0.4 s against well under a millisecond a file), so a
 * one-file change, what a pull request checks, leaves it as it was. The whole cache belongs to
 * one version of the rules: it is stored with the digest of the checker's code, schemas and
 * dependencies (code-digest.ts), and a cache made by any other version is not read at all.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runningCheckerDigest } from './code-digest.ts';
import type { FileResult } from './entry-record.ts';

interface Cached {
	/** SHA-1 of the path and the content. */
	key: string;
	result: FileResult;
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
		return new Map(
			stored.files.filter((item): item is [string, Cached] => Array.isArray(item) && typeof item[0] === 'string' && isCached(item[1])),
		);
	} catch {
		// No cache yet, or an unreadable one: start empty.
		return new Map();
	}
}

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

	/** The result for `path` with this `text`, from the cache or from `parse`. */
	resolve(path: string, text: string, parse: () => FileResult): FileResult {
		const key = createHash('sha1').update(path).update('\0').update(text).digest('base64');
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

	/** Files of this run whose result the stored cache does not hold. */
	private unstored(): number {
		let count = 0;
		for (const [path, { key }] of this.next) if (this.stored.get(path) !== key) count++;
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
		writeFileSync(this.file, JSON.stringify({ version: this.version, files: [...this.next] }));
		this.stored = keysOf(this.next);
	}
}

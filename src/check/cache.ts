/**
 * Per-file results keyed by the file's content, so a re-check parses only what changed.
 * Like git's index, a file whose size and modification time are unchanged is not even read
 * again; a file that was touched is read and hashed, and parsed only if its content changed.
 * Stored as JSON (faster than v8 serialisation for this shape, measured) under
 * node_modules/.cache, and written only when something changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FileResult } from './parse-file.ts';

/** Bump when FileResult or any per-file rule changes, so old results are not reused. */
const version = 3;

interface Cached {
	/** `size:mtime`, the cheap check. */
	stat: string;
	/** SHA-1 of the path and the content, the real key. */
	key: string;
	result: FileResult;
}

export class FileCache {
	private readonly file: string | undefined;
	private previous = new Map<string, Cached>();
	private next = new Map<string, Cached>();
	private changed = false;
	hits = 0;

	constructor(file: string | undefined) {
		this.file = file;
		if (!file) return;
		try {
			const stored = JSON.parse(readFileSync(file, 'utf8')) as { version: number; files: [string, Cached][] };
			if (stored.version === version) this.previous = new Map(stored.files);
		} catch {
			// No cache yet, or an unreadable one: start empty.
		}
	}

	/**
	 * Start a new run: what the last run saw becomes what this one may reuse. A watcher keeps one
	 * cache across runs, so a re-check reads nothing from disk but the changed file.
	 */
	begin(): void {
		if (this.next.size > 0) this.previous = this.next;
		this.next = new Map();
		this.changed = false;
		this.hits = 0;
	}

	/** The result for `path` (as reported) at `absolute`, from the cache or from `parse`. */
	resolve(path: string, absolute: string, parse: (text: string) => FileResult): FileResult {
		const known = this.previous.get(path);
		const { size, mtimeMs } = statSync(absolute);
		const stat = `${size}:${mtimeMs}`;
		if (known && known.stat === stat) return this.keep(path, known);
		const text = readFileSync(absolute, 'utf8');
		const key = createHash('sha1').update(path).update('\0').update(text).digest('base64');
		this.changed = true;
		if (known && known.key === key) return this.keep(path, { ...known, stat });
		const result = parse(text);
		this.next.set(path, { stat, key, result });
		return result;
	}

	private keep(path: string, cached: Cached): FileResult {
		this.hits++;
		this.next.set(path, cached);
		return cached.result;
	}

	/** Keep only this run's files, so the cache does not grow with deleted ones. */
	save(): void {
		if (!this.file) return;
		const removed = [...this.previous.keys()].some((path) => !this.next.has(path));
		if (!this.changed && !removed) return;
		mkdirSync(dirname(this.file), { recursive: true });
		writeFileSync(this.file, JSON.stringify({ version, files: [...this.next] }));
	}
}

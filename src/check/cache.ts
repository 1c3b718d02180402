/**
 * Per-file results keyed by the file's content, so a re-check parses only what changed.
 * Stored with v8 serialisation (faster than JSON for this shape) under node_modules/.cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FileResult } from './parse-file.ts';

/** Bump when FileResult or any per-file rule changes, so old results are not reused. */
const version = 1;

export class FileCache {
	private readonly file: string | undefined;
	private previous = new Map<string, FileResult>();
	private readonly next = new Map<string, FileResult>();
	hits = 0;

	constructor(file: string | undefined) {
		this.file = file;
		if (!file) return;
		try {
			const stored = deserialize(readFileSync(file)) as { version: number; results: [string, FileResult][] };
			if (stored.version === version) this.previous = new Map(stored.results);
		} catch {
			// No cache yet, or an unreadable one: start empty.
		}
	}

	static key(path: string, text: string): string {
		return createHash('sha1').update(path).update('\0').update(text).digest('base64');
	}

	get(key: string): FileResult | undefined {
		const found = this.previous.get(key);
		if (found) {
			this.hits++;
			this.next.set(key, found);
		}
		return found;
	}

	set(key: string, result: FileResult): void {
		this.next.set(key, result);
	}

	/** Keep only this run's files, so the cache does not grow with deleted ones. */
	save(): void {
		if (!this.file) return;
		mkdirSync(dirname(this.file), { recursive: true });
		writeFileSync(this.file, serialize({ version, results: [...this.next] }));
	}
}

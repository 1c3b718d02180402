/**
 * What each address answered, and when, kept between runs so an address checked recently is
 * not asked again: a server that was polite enough to answer this week need not be asked twice.
 * JSON under node_modules/.cache; an entry that is not the shape this version writes is
 * ignored, and only the addresses of the last run are kept.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { waybackTimestamp } from '../../util/archived-copy.ts';
import { outcomeSchema } from './outcome.ts';

/** Bump when an outcome's meaning changes, so old results are not reused. */
const version = 1;

export const checkedSchema = z.strictObject({
	/** When the address was asked, as an ISO date and time. */
	checkedAt: z.iso.datetime(),
	outcome: outcomeSchema,
	/**
	 * For a dead address: the Wayback Machine's copy nearest each day a source was accessed
	 * (keyed by YYYYMMDD, '' when no day is given), or null when it has none.
	 */
	archives: z.record(z.string(), z.string().nullable()).optional(),
});

export type Checked = z.infer<typeof checkedSchema>;

/** The key of a day's archived copy in `archives`. */
export const archiveKey = (accessed: Date | undefined) => (accessed ? waybackTimestamp(accessed) : '');

const fileSchema = z.object({ version: z.literal(version), results: z.record(z.string(), z.unknown()) });

function load(file: string): Map<string, Checked> {
	let stored: unknown;
	try {
		stored = JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		// No cache yet, or an unreadable one: start empty.
		return new Map();
	}
	const parsed = fileSchema.safeParse(stored);
	if (!parsed.success) return new Map();
	const results = new Map<string, Checked>();
	for (const [url, value] of Object.entries(parsed.data.results)) {
		const checked = checkedSchema.safeParse(value);
		if (checked.success) results.set(url, checked.data);
	}
	return results;
}

export class ResultsCache {
	private readonly file: string | undefined;
	private readonly maxAgeMs: number;
	private readonly stored: Map<string, Checked>;
	private readonly current = new Map<string, Checked>();

	/** Without a file (--no-cache), nothing is read or written. */
	constructor(file: string | undefined, maxAgeDays: number) {
		this.file = file;
		this.maxAgeMs = maxAgeDays * 24 * 60 * 60 * 1000;
		this.stored = file ? load(file) : new Map();
	}

	/** The result for `url` if it was checked less than the maximum age before `now`. */
	fresh(url: string, now: Date): Checked | undefined {
		const known = this.stored.get(url);
		if (!known || now.getTime() - Date.parse(known.checkedAt) >= this.maxAgeMs) return undefined;
		this.current.set(url, known);
		return known;
	}

	record(url: string, checked: Checked): Checked {
		this.current.set(url, checked);
		return checked;
	}

	save(): void {
		if (!this.file) return;
		mkdirSync(dirname(this.file), { recursive: true });
		// Written beside it and renamed, so a run stopped halfway leaves the last whole cache.
		const partial = `${this.file}.${process.pid}.tmp`;
		writeFileSync(partial, JSON.stringify({ version, results: Object.fromEntries(this.current) }, null, '\t'));
		renameSync(partial, this.file);
	}
}

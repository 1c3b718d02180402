/**
 * `npm run check -- --watch`: check, then check again whenever a file in content/ changes.
 * Files no change event has named since the last run keep their results without being read
 * again; an event without a file name makes the next run read everything. While the index of
 * what the site publishes stays the same, what was found in unchanged entries stands too.
 */
import { watch } from 'node:fs';
import { relative, sep } from 'node:path';
import { FileCache } from './cache.ts';
import { check, type CheckOptions, type CheckResult } from './check.ts';

export function watchContent(options: CheckOptions, report: (result: CheckResult) => void): () => void {
	const cache = options.cache ?? new FileCache(options.cacheFile);
	const label = options.label ?? 'content';
	let changed: Set<string> | 'all' = 'all';
	let earlier: CheckResult | undefined;
	let running = false;
	let again = false;
	const run = async () => {
		if (running) {
			again = true;
			return;
		}
		running = true;
		do {
			again = false;
			const named = changed;
			changed = new Set();
			earlier = await check({ ...options, cache, earlier, unchanged: (file) => named !== 'all' && !named.has(file) });
			report(earlier);
		} while (again);
		running = false;
	};
	void run();
	// Editors save in bursts (write, rename, chmod); one check follows each burst.
	let timer: NodeJS.Timeout | undefined;
	const watcher = watch(options.contentDir, { recursive: true }, (_event, name) => {
		if (name === null || changed === 'all') changed = 'all';
		else changed.add(`${label}/${relative('.', name).split(sep).join('/')}`);
		clearTimeout(timer);
		timer = setTimeout(() => void run(), 30);
	});
	return () => watcher.close();
}

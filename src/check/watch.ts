/**
 * `npm run check -- --watch`: check, then check again whenever a file in content/ changes,
 * reusing every unchanged file's result from memory. This is the loop an editor works in.
 */
import { watch } from 'node:fs';
import { FileCache } from './cache.ts';
import { check, type CheckOptions, type CheckResult } from './check.ts';

export function watchContent(options: CheckOptions, report: (result: CheckResult) => void): () => void {
	const cache = options.cache ?? new FileCache(options.cacheFile);
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
			report(await check({ ...options, cache }));
		} while (again);
		running = false;
	};
	void run();
	// Editors save in bursts (write, rename, chmod); one check follows each burst.
	let timer: NodeJS.Timeout | undefined;
	const watcher = watch(options.contentDir, { recursive: true }, () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), 30);
	});
	return () => watcher.close();
}

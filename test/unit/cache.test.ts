import { appendFileSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileCache } from '../../src/check/cache.ts';
import { check } from '../../src/check/check.ts';
import { contentWith, temporaryDir } from './fixtures.ts';

const today = '2026-11-21';

describe('the checker cache', () => {
	it('reuses every unchanged file and re-parses only the changed one, from disk between runs', async () => {
		const contentDir = contentWith();
		const cacheFile = join(temporaryDir('cache-'), 'cache.json');
		const first = await check({ contentDir, today, cacheFile });
		expect(first.cached).toBe(0);
		appendFileSync(join(contentDir, 'cros', 'lab.mdx'), '\nSee [a partner](/cros/nowhere/).\n');
		const second = await check({ contentDir, today, cacheFile });
		expect(second.cached).toBe(first.files - 1);
		expect(second.diagnostics.map((d) => d.code)).toEqual(['broken-link']);
	});

	it('does not trust a touched file: same size and content, new time, still the cached result', async () => {
		const contentDir = contentWith();
		const cacheFile = join(temporaryDir('cache-'), 'cache.json');
		await check({ contentDir, today, cacheFile });
		const file = join(contentDir, 'cros', 'lab.mdx');
		utimesSync(file, new Date(), new Date(Date.now() + 5000));
		const again = await check({ contentDir, today, cacheFile });
		expect(again.cached).toBe(again.files);
	});

	it('notices a change of content that keeps the size, once the time differs', async () => {
		const contentDir = contentWith();
		const cacheFile = join(temporaryDir('cache-'), 'cache.json');
		await check({ contentDir, today, cacheFile });
		const file = join(contentDir, 'cros', 'lab.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('path: consultation', 'path: consultatio2'));
		utimesSync(file, new Date(), new Date(Date.now() + 5000));
		expect((await check({ contentDir, today, cacheFile })).diagnostics.map((d) => d.code)).toEqual(['unknown-reference']);
	});

	it('keeps results in memory across runs for watch mode', async () => {
		const contentDir = contentWith();
		const cache = new FileCache(undefined);
		await check({ contentDir, today, cache });
		const again = await check({ contentDir, today, cache });
		expect(again.cached).toBe(again.files);
	});
});

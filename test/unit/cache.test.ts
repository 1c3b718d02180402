import { appendFileSync, cpSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileCache, rewriteAfter } from '../../src/check/cache.ts';
import { check } from '../../src/check/check.ts';
import { contentWith, fixturesDir, temporaryDir } from './fixtures.ts';

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

	it('leaves the stored cache as it is after a one-file change, and parses that file again next time', async () => {
		const contentDir = contentWith();
		const cacheFile = join(temporaryDir('cache-'), 'cache.json');
		const first = await check({ contentDir, today, cacheFile });
		const stored = readFileSync(cacheFile, 'utf8');
		appendFileSync(join(contentDir, 'cros', 'lab.mdx'), '\nSee [a partner](/cros/nowhere/).\n');
		for (const run of [1, 2]) {
			const again = await check({ contentDir, today, cacheFile });
			expect(again.cached, `run ${run}`).toBe(first.files - 1);
			expect(again.diagnostics.map((d) => d.code)).toEqual(['broken-link']);
			expect(readFileSync(cacheFile, 'utf8')).toBe(stored);
		}
	});

	it('writes the cache again once more than a few files differ from it, keeping only the files there are', () => {
		const cacheFile = join(temporaryDir('cache-'), 'cache.json');
		const result = { diagnostics: [], entries: [] };
		const run = (texts: Map<string, string>) => {
			const cache = new FileCache(cacheFile, 'test-version');
			let parsed = 0;
			for (const [path, text] of texts)
				cache.resolve(path, text, () => {
					parsed++;
					return result;
				});
			cache.save();
			return parsed;
		};
		const files = new Map(Array.from({ length: 100 }, (_, i) => [`content/cros/cro-${i}.mdx`, `text ${i}`]));
		expect(run(files)).toBe(100);
		const written = statSync(cacheFile).mtimeMs;
		const edited = (count: number) => new Map([...files].map(([path, text], i) => [path, i < count ? `${text} edited` : text]));
		expect(run(edited(rewriteAfter))).toBe(rewriteAfter);
		expect(statSync(cacheFile).mtimeMs).toBe(written);
		expect(run(edited(rewriteAfter + 1))).toBe(rewriteAfter + 1);
		expect(run(edited(rewriteAfter + 1))).toBe(0);
		// A deleted file leaves the cache at the next write.
		files.delete('content/cros/cro-99.mdx');
		const stored = () => (JSON.parse(readFileSync(cacheFile, 'utf8')) as { files: [string][] }).files.map(([path]) => path);
		expect(stored()).toContain('content/cros/cro-99.mdx');
		expect(run(edited(rewriteAfter + 40))).toBe(39);
		expect(stored()).not.toContain('content/cros/cro-99.mdx');
		expect(stored()).toHaveLength(99);
	});

	it('keeps what the entry rules found while the index keeps its shape, and works it out again once it changes', async () => {
		const contentDir = contentWith();
		const cacheFile = join(temporaryDir('cache-'), 'cache.json');
		const lab = join(contentDir, 'cros', 'lab.mdx');
		writeFileSync(lab, `${readFileSync(lab, 'utf8')}\nSee [a partner](/cros/partner/).\n`);
		const codes = async () => (await check({ contentDir, today, cache: new FileCache(cacheFile) })).diagnostics.map((d) => d.code);
		expect(await codes()).toEqual(['broken-link']);
		// Another file changes, the index does not: the stored finding stands.
		appendFileSync(join(contentDir, 'paths', 'approval.mdx'), '\nOne more line.\n');
		expect(await codes()).toEqual(['broken-link']);
		// The page the link names now exists: the index changed, and the link is weighed again.
		writeFileSync(join(contentDir, 'cros', 'partner.mdx'), readFileSync(lab, 'utf8').replace('See [a partner](/cros/partner/).', ''));
		expect(await codes()).toEqual([]);
	});

	it('does not store the texts, and reads them again when the glossary asks for other words', async () => {
		const contentDir = contentWith();
		const cacheFile = join(temporaryDir('cache-'), 'cache.json');
		const lab = join(contentDir, 'cros', 'lab.mdx');
		appendFileSync(lab, '\nFile the clinical trial notice before the first visit.\n');
		const run = () => check({ contentDir, today, cache: new FileCache(cacheFile) });
		expect((await run()).diagnostics).toEqual([]);
		expect(readFileSync(cacheFile, 'utf8')).not.toContain('first visit');
		cpSync(join(fixturesDir, 'avoided-term', 'glossary.yaml'), join(contentDir, 'glossary.yaml'));
		for (const time of [1, 2]) {
			const again = await run();
			expect(
				again.diagnostics.map((d) => [d.code, d.file, d.line]),
				`run ${time}`,
			).toEqual([['avoided-term', 'content/cros/lab.mdx', 19]]);
			expect(again.cached).toBe(again.files - 1);
		}
	});
});

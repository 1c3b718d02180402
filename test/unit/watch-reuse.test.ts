/**
 * Watch mode reuses what the last run found in unchanged entries while the index of what the
 * site publishes stays the same; a new process reuses what the stored cache says the rules found,
 * while the index and the glossary's variants are the same. Here, random edits to the real content
 * that move ids, step ids, headings, links, glossary terms and drafts, delete files and add new
 * ones: after every edit, either check must report exactly what a fresh check of the same files
 * reports.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileCache } from '../../src/check/cache.ts';
import { check, type CheckResult } from '../../src/check/check.ts';
import { indexShape } from '../../src/check/content-index.ts';
import { realContentCopy, temporaryDir } from './fixtures.ts';

const today = '2026-11-30';
const copy = realContentCopy('watch-reuse-');
const { contentDir, files } = copy;
const originals = new Map([...copy.originals].map(([file, bytes]) => [file, bytes.toString('utf8')]));
/** Words and ids (entries, steps, anchors, headings, fields), to swap one for another. */
const word = /[A-Za-z][a-z0-9]{3,}(?:-[a-z0-9]+)*/g;
const words = [...new Set([...originals.values()].flatMap((text) => text.match(word) ?? []))].sort();

type Edit =
	{ kind: 'swap-word'; file: number; occurrence: number; word: number } | { kind: 'draft' | 'delete' | 'restore' | 'copy'; file: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
	{ weight: 6, arbitrary: fc.record({ kind: fc.constant('swap-word' as const), file: fc.nat(), occurrence: fc.nat(), word: fc.nat() }) },
	fc.record({ kind: fc.constantFrom('draft' as const, 'delete' as const, 'restore' as const, 'copy' as const), file: fc.nat() }),
);

/** Applies an edit on disk; returns the content files it touched, as watch mode names them. */
function apply(change: Edit): string[] {
	const file = files[change.file % files.length];
	const absolute = join(contentDir, file);
	const current = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
	if (change.kind === 'swap-word') {
		const matches = current === undefined ? [] : [...current.matchAll(word)];
		if (current === undefined || matches.length === 0) return [];
		const match = matches[change.occurrence % matches.length];
		const replacement = words[change.word % words.length];
		writeFileSync(absolute, current.slice(0, match.index) + replacement + current.slice(match.index + match[0].length));
	} else if (change.kind === 'restore') writeFileSync(absolute, originals.get(file)!);
	else if (change.kind === 'delete') rmSync(absolute, { force: true });
	else if (current === undefined) return [];
	else if (change.kind === 'draft') writeFileSync(absolute, current.replace(/^---\n/, '---\ndraft: true\n'));
	else {
		if (!file.endsWith('.mdx')) return [];
		const copy = file.replace(/([^/]+)\.mdx$/, 'copy-$1.mdx');
		writeFileSync(join(contentDir, copy), current);
		return [`content/${copy}`];
	}
	return [`content/${file}`];
}

/** Back to the real content; returns the files that changed, as an editor's save would announce them. */
function restore(): Set<string> {
	const named = new Set<string>();
	for (const file of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
		if (!file.isFile()) continue;
		const relative = join(file.parentPath, file.name).slice(contentDir.length + 1);
		if (!originals.has(relative)) rmSync(join(contentDir, relative));
		else if (readFileSync(join(contentDir, relative), 'utf8') === originals.get(relative)) continue;
		named.add(`content/${relative}`);
	}
	for (const [file, text] of originals) {
		if (existsSync(join(contentDir, file)) && !named.has(`content/${file}`)) continue;
		writeFileSync(join(contentDir, file), text);
		named.add(`content/${file}`);
	}
	return named;
}

const report = (result: CheckResult) =>
	result.diagnostics.map(({ file, line, column, code, message, hint }) => ({ file, line, column, code, message, hint }));

describe('watch mode reusing earlier results', () => {
	it('reports after each edit what a fresh check reports', async () => {
		const cache = new FileCache(undefined);
		// The fresh check keeps per-file results by content (a cache of its own, tested elsewhere); everything after them it works out anew.
		const fresh = new FileCache(undefined);
		let earlier = await check({ contentDir, today, cache });
		let reused = 0;
		await fc.assert(
			fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
				try {
					for (const change of edits) {
						const named = new Set(apply(change));
						const watched = await check({ contentDir, today, cache, earlier, unchanged: (file) => !named.has(file) });
						if (watched.index.anchors === earlier.index.anchors) reused++;
						earlier = watched;
						expect(report(watched)).toEqual(report(await check({ contentDir, today, cache: fresh })));
					}
				} finally {
					const named = restore();
					earlier = await check({ contentDir, today, cache, earlier, unchanged: (file) => !named.has(file) });
				}
			}),
			// Each run checks the real content about six times (some 0.2 s each): 30 runs in CI keep the whole suite inside its time, more on a developer's machine.
			{ numRuns: process.env.CI ? 30 : 60, seed: process.env.CI ? 20_261_201 : undefined },
		);
		// The reuse itself is exercised, not only the full path.
		expect(reused).toBeGreaterThan(0);
	}, 300_000);
});

describe('a new process reusing the stored cache', () => {
	it('reports after each edit what a check without a cache reports', async () => {
		const cacheFile = join(temporaryDir('cache-reuse-'), 'cache.json');
		let last = await check({ contentDir, today, cacheFile });
		let sameShape = 0;
		await fc.assert(
			fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
				try {
					for (const change of edits) {
						apply(change);
						// A new FileCache each time, as a new process reads it from disk.
						const cached = await check({ contentDir, today, cache: new FileCache(cacheFile) });
						// The same index: what the entry rules found in each unchanged entry came from the stored cache.
						if (indexShape(cached.index) === indexShape(last.index)) sameShape++;
						last = cached;
						expect(report(cached)).toEqual(report(await check({ contentDir, today })));
					}
				} finally {
					restore();
				}
			}),
			{ numRuns: process.env.CI ? 20 : 60, seed: process.env.CI ? 20_261_207 : undefined },
		);
		// Stored judgements were reused, not only worked out again (a change of variants is tested in cache.test.ts).
		expect(sameShape).toBeGreaterThan(0);
	}, 300_000);
});

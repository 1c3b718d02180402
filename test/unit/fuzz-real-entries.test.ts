/**
 * Random damage to the real content, one file at a time: inserted text, bytes and hostile
 * snippets, deleted ranges, repeated and swapped lines. The checker must never throw, and every
 * problem it reports must sit in a real file, at a line and column that file has.
 * 10,000 mutations locally (random, to keep finding new cases); 300 with a fixed seed in CI (about
 * 35 s: the whole suite has its time budget, and a new case is found locally, not by CI).
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileCache } from '../../src/check/cache.ts';
import { check } from '../../src/check/check.ts';
import { realContentCopy } from './fixtures.ts';

const { contentDir, files, originals } = realContentCopy('fuzz-');

const snippets = [
	'---\n',
	'\r\n',
	'\uFEFF',
	'</script><meta http-equiv=refresh content=0>',
	'<div style="position:fixed">',
	'&anchor ',
	'*alias',
	'{1+1}',
	'<!-- note -->',
	'"',
	"'",
	': ',
	'\n- ',
	'\t',
	'\u0000',
	'\u001b[2J',
	'[x](javascript:alert(1))',
	'<Step id="nope">x</Step>',
	'<Ref to="cros/nowhere" />',
	'[[[[[[[[[[[[[[[[',
	'source: 99',
	'reviewed: 2026-02-30',
	'#step-',
	'](/paths/nowhere/)',
	'\u202e',
];

type Mutation =
	| { kind: 'insert'; at: number; bytes: Uint8Array }
	| { kind: 'delete'; at: number; length: number }
	| { kind: 'repeat-line' | 'drop-line'; line: number }
	| { kind: 'swap-lines'; line: number; other: number };

const utf8 = (text: string) => new TextEncoder().encode(text);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({
		kind: fc.constant('insert' as const),
		at: fc.nat(),
		bytes: fc.oneof(
			fc.constantFrom(...snippets).map(utf8),
			fc.string({ unit: 'grapheme', maxLength: 8 }).map(utf8),
			fc.uint8Array({ minLength: 1, maxLength: 4 }),
		),
	}),
	fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
	fc.record({ kind: fc.constantFrom('repeat-line' as const, 'drop-line' as const), line: fc.nat() }),
	fc.record({ kind: fc.constant('swap-lines' as const), line: fc.nat(), other: fc.nat() }),
);

function apply(bytes: Buffer, change: Mutation): Buffer {
	if (change.kind === 'insert') {
		const at = change.at % (bytes.length + 1);
		return Buffer.concat([bytes.subarray(0, at), change.bytes, bytes.subarray(at)]);
	}
	if (change.kind === 'delete') {
		const at = change.at % (bytes.length + 1);
		return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + change.length)]);
	}
	const lines = bytes.toString('latin1').split('\n');
	const line = change.line % lines.length;
	if (change.kind === 'repeat-line') lines.splice(line, 0, lines[line]);
	else if (change.kind === 'drop-line') lines.splice(line, 1);
	else if (change.kind === 'swap-lines') {
		const other = change.other % lines.length;
		[lines[line], lines[other]] = [lines[other], lines[line]];
	}
	return Buffer.from(lines.join('\n'), 'latin1');
}

const lineCount = (file: string, mutated: string, text: Buffer) =>
	(file === mutated ? text : originals.get(file)!).toString('latin1').split('\n').length;

describe('the checker on randomly damaged real entries', () => {
	it('never throws, and places every problem in a real file at a real line', async () => {
		const cache = new FileCache(undefined);
		await check({ contentDir, cache });
		// As in watch mode: the file mutated last time was restored, which an editor's save would announce.
		let restored: string | undefined;
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (file, changes) => {
				const text = changes.reduce(apply, originals.get(file)!);
				writeFileSync(join(contentDir, file), text);
				try {
					const result = await check({
						contentDir,
						cache,
						unchanged: (reported) => reported !== `content/${file}` && reported !== restored,
					});
					const misplaced = result.diagnostics.filter((diagnostic) => {
						const reported = diagnostic.file.slice('content/'.length);
						return (
							!originals.has(reported) ||
							diagnostic.line < 1 ||
							diagnostic.line > lineCount(reported, file, text) ||
							diagnostic.column < 1 ||
							!diagnostic.message ||
							!diagnostic.hint
						);
					});
					expect(misplaced).toEqual([]);
				} finally {
					writeFileSync(join(contentDir, file), originals.get(file)!);
					restored = `content/${file}`;
				}
			}),
			{ numRuns: process.env.CI ? 300 : 10_000, seed: process.env.CI ? 20_261_130 : undefined },
		);
	}, 600_000);
});

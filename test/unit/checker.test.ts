import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.ts';
import { codes, type Code } from '../../src/check/diagnostic.ts';
import { contentWith, fixturesDir } from './fixtures.ts';

const today = '2026-11-21';
const run = async (fixture?: string) => {
	const contentDir = contentWith(fixture);
	prepare[fixture as Code]?.(contentDir);
	return check({ contentDir, today });
};

/** Each fixture folder breaks the valid base in one way; the checker must say so at this place. */
const expected: Record<Code, { file: string; line: number; column: number }> = {
	'invalid-file-name': { file: 'content/cros/My_Lab.mdx', line: 1, column: 1 },
	'unexpected-file': { file: 'content/cros/notes.md', line: 1, column: 1 },
	'duplicate-id': { file: 'content/paths/approval.mdx', line: 21, column: 5 },
	'frontmatter-syntax': { file: 'content/cros/lab.mdx', line: 3, column: 10 },
	'missing-field': { file: 'content/paths/approval.mdx', line: 2, column: 1 },
	'unfilled-placeholder': { file: 'content/cros/lab.mdx', line: 3, column: 1 },
	'wrong-type': { file: 'content/paths/approval.mdx', line: 8, column: 1 },
	'unknown-value': { file: 'content/cros/lab.mdx', line: 7, column: 5 },
	'unknown-field': { file: 'content/cros/lab.mdx', line: 7, column: 1 },
	'invalid-value': { file: 'content/cros/lab.mdx', line: 3, column: 1 },
	'missing-sources': { file: 'content/zones/zone.mdx', line: 9, column: 1 },
	'insecure-source': { file: 'content/zones/zone.mdx', line: 11, column: 5 },
	'unsourced-figure': { file: 'content/paths/approval.mdx', line: 20, column: 5 },
	'unknown-source': { file: 'content/paths/approval.mdx', line: 20, column: 40 },
	'unknown-reference': { file: 'content/cros/lab.mdx', line: 11, column: 5 },
	'wrong-collection': { file: 'content/benefits/base.mdx', line: 8, column: 20 },
	'unknown-step': { file: 'content/cros/lab.mdx', line: 12, column: 13 },
	'prerequisite-cycle': { file: 'content/paths/approval.mdx', line: 11, column: 17 },
	'step-cycle': { file: 'content/paths/approval.mdx', line: 20, column: 13 },
	'broken-link': { file: 'content/cros/lab.mdx', line: 17, column: 19 },
	'broken-anchor': { file: 'content/cros/lab.mdx', line: 17, column: 19 },
	'unknown-component': { file: 'content/cros/lab.mdx', line: 19, column: 1 },
	'unknown-component-id': { file: 'content/paths/consultation.mdx', line: 25, column: 16 },
	'mdx-syntax': { file: 'content/cros/lab.mdx', line: 17, column: 18 },
	'code-import-export': { file: 'content/cros/lab.mdx', line: 17, column: 1 },
	'code-expression': { file: 'content/cros/lab.mdx', line: 17, column: 6 },
	'code-element': { file: 'content/cros/lab.mdx', line: 19, column: 1 },
	'code-event-handler': { file: 'content/cros/lab.mdx', line: 19, column: 1 },
	'code-javascript-url': { file: 'content/cros/lab.mdx', line: 17, column: 6 },
	'reviewed-in-future': { file: 'content/cros/lab.mdx', line: 4, column: 1 },
	'review-overdue': { file: 'content/cros/lab.mdx', line: 4, column: 1 },
	'orphan-translation': { file: 'content/paths/authorisation.ko.mdx', line: 1, column: 1 },
	'translation-redefines-data': { file: 'content/paths/approval.ko.mdx', line: 4, column: 1 },
	'file-too-large': { file: 'content/cros/lab.mdx', line: 1, column: 1 },
	'invalid-encoding': { file: 'content/cros/lab.mdx', line: 17, column: 6 },
	'html-element': { file: 'content/cros/lab.mdx', line: 19, column: 1 },
	'html-attribute': { file: 'content/cros/lab.mdx', line: 19, column: 1 },
	'unsafe-url': { file: 'content/cros/lab.mdx', line: 19, column: 5 },
	'yaml-alias': { file: 'content/cros/lab.mdx', line: 5, column: 15 },
	'too-deep': { file: 'content/cros/lab.mdx', line: 14, column: 22 },
	'invalid-date': { file: 'content/cros/lab.mdx', line: 4, column: 1 },
	'markup-in-text': { file: 'content/cros/lab.mdx', line: 3, column: 1 },
	'invalid-term-id': { file: 'content/glossary.yaml', line: 8, column: 1 },
};

/** Fixtures that cannot sensibly be committed as they are: a file too large for the checker. */
const prepare: Partial<Record<Code, (contentDir: string) => void>> = {
	'file-too-large': (contentDir) =>
		appendFileSync(join(contentDir, 'cros', 'lab.mdx'), `\n${'A long paragraph of pasted text. '.repeat(20_000)}\n`),
};

describe('the checker on fixtures', () => {
	it('finds nothing wrong in the valid base', async () => {
		expect((await run()).diagnostics).toEqual([]);
	});

	it('has one fixture folder for every diagnostic code, and no other', () => {
		const folders = readdirSync(fixturesDir)
			.filter((name) => name !== 'base')
			.sort();
		expect(folders).toEqual(Object.keys(codes).sort());
	});

	it.each(Object.entries(expected))('reports %s, and only that, at its file, line and column', async (code, where) => {
		const { diagnostics } = await run(code);
		expect(diagnostics.map(({ code, file, line, column }) => ({ code, file, line, column }))).toEqual([{ code, ...where }]);
		expect(diagnostics[0].severity).toBe(codes[code as Code].severity);
		expect(diagnostics[0].message.length).toBeGreaterThan(20);
		expect(diagnostics[0].hint.length).toBeGreaterThan(10);
	});
});

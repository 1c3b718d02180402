/**
 * What the real content promises a founder, held by tests: every path has a sourced time, so
 * its page draws a timeline; the directory has at least 30 organisations; most sources are
 * primary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listContentFiles } from '../../src/check/content-files.ts';
import { loadYaml, splitFrontmatter } from '../../src/check/frontmatter.ts';
import { schemas } from '../../src/schema/index.ts';

const contentDir = join(import.meta.dirname, '..', '..', 'content');
const files = listContentFiles(contentDir).files;
const entries = files
	.filter((file) => file.kind === 'entry')
	.map((file) => ({
		...file,
		data: loadYaml(splitFrontmatter(readFileSync(file.absolute, 'utf8')).yaml ?? '').data as Record<string, unknown>,
	}));
const paths = entries
	.filter((entry) => entry.collection === 'paths')
	.map((entry) => ({ id: entry.id, data: schemas.paths.parse(entry.data) }));
const cros = entries
	.filter((entry) => entry.collection === 'cros')
	.map((entry) => ({ id: entry.id, data: schemas.cros.parse(entry.data) }));

describe('the real content', () => {
	it('gives every path at least one sourced duration, so every path page draws its timeline', () => {
		const without = paths.filter((path) => !path.data.duration && !path.data.steps.some((step) => step.duration)).map((path) => path.id);
		expect(without).toEqual([]);
	});

	it('lists at least 30 organisations in the directory, each with its sources', () => {
		expect(cros.length).toBeGreaterThanOrEqual(30);
		for (const cro of cros) expect(cro.data.sources.length, cro.id).toBeGreaterThan(0);
	});

	it('cites primary sources for at least 60% of its distinct source addresses (one flagged secondary anywhere counts as secondary)', () => {
		const glossary = loadYaml(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')).data as Record<
			string,
			{ sources?: { url: string; secondary?: boolean }[] }
		>;
		const sources = [
			...entries.flatMap((entry) => (entry.data.sources as { url: string; secondary?: boolean }[] | undefined) ?? []),
			...Object.values(glossary).flatMap((term) => term.sources ?? []),
		];
		const secondary = new Set(sources.filter((source) => source.secondary).map((source) => source.url));
		const all = new Set(sources.map((source) => source.url));
		expect((all.size - secondary.size) / all.size).toBeGreaterThanOrEqual(0.6);
	});

	it('answers the four questions a founder asked first', () => {
		const questions = entries.filter((entry) => entry.collection === 'questions').map((entry) => entry.id);
		expect(questions).toEqual(
			expect.arrayContaining([
				'how-long-until-patients',
				'what-does-pmda-charge',
				'can-korean-made-cells-be-used',
				'do-we-need-a-japanese-company',
			]),
		);
	});
});

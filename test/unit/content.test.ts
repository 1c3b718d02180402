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
import { pathPlan } from '../../src/graph/plan/index.ts';
import { formatTimeToOutcome } from '../../src/lib/format.ts';
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
	it('can only ever raise warnings as it ages: checked years from now, no review date is an error', async () => {
		const { check } = await import('../../src/check/check.ts');
		const later = await check({ contentDir, today: '2031-01-01' });
		expect(later.errors).toBe(0);
		expect(later.diagnostics.some((d) => d.code === 'review-overdue')).toBe(true);
	});

	it('never shows a time of zero for a path whose steps no source times: it says so, and names the steps', () => {
		for (const path of paths) {
			const time = pathPlan(path.id, path.data).timeToOutcome;
			const shown = formatTimeToOutcome('en', time);
			expect(shown, path.id).not.toMatch(/^0 days$/);
			if (time.max === 0) expect(shown, path.id).toBe('No source states the time of a step before the outcome.');
		}
	});

	it('lists at least 30 organisations in the directory, each with its sources', () => {
		expect(cros.length).toBeGreaterThanOrEqual(30);
		for (const cro of cros) expect(cro.data.sources.length, cro.id).toBeGreaterThan(0);
	});

	// One flagged secondary anywhere counts as secondary.
	const primaryShare = (collections: (collection: string) => boolean, withGlossary: boolean) => {
		const glossary = loadYaml(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')).data as Record<
			string,
			{ sources?: { url: string; secondary?: boolean }[] }
		>;
		const sources = [
			...entries
				.filter((entry) => collections(entry.collection))
				.flatMap((entry) => (entry.data.sources as { url: string; secondary?: boolean }[] | undefined) ?? []),
			...(withGlossary ? Object.values(glossary).flatMap((term) => term.sources ?? []) : []),
		];
		const secondary = new Set(sources.filter((source) => source.secondary).map((source) => source.url));
		const all = new Set(sources.map((source) => source.url));
		return (all.size - secondary.size) / all.size;
	};

	it('cites primary sources for at least 60% of the distinct source addresses of its regulatory pages and glossary', () => {
		expect(primaryShare((collection) => collection !== 'precedents', true)).toBeGreaterThanOrEqual(0.6);
	});

	it('cites primary sources for at least a quarter of the precedents’ addresses: most dates are known only from the trade press (docs/decisions.md)', () => {
		expect(primaryShare((collection) => collection === 'precedents', false)).toBeGreaterThanOrEqual(0.25);
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

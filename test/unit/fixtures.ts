/** Content folders for tests: the valid base fixture with one fixture folder laid over it, or a copy of the real content. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { schemas, type Path } from '../../src/schema/index.ts';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');

const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder, removed when the test file finishes. */
export function temporaryDir(prefix = 'biobridge-'): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}

export function contentWith(fixture?: string): string {
	const dir = join(temporaryDir(), 'content');
	cpSync(join(fixturesDir, 'base'), dir, { recursive: true });
	if (fixture) cpSync(join(fixturesDir, fixture), dir, { recursive: true });
	return dir;
}

/** A temporary copy of the project's real content/, with its files (relative, sorted) and their original bytes, to damage and restore. */
export function realContentCopy(prefix: string): { contentDir: string; files: string[]; originals: Map<string, Buffer> } {
	const contentDir = join(temporaryDir(prefix), 'content');
	cpSync(join(import.meta.dirname, '..', '..', 'content'), contentDir, { recursive: true });
	const files = readdirSync(contentDir, { recursive: true, withFileTypes: true })
		.filter((item) => item.isFile())
		.map((item) => join(item.parentPath, item.name).slice(contentDir.length + 1))
		.sort();
	return { contentDir, files, originals: new Map(files.map((file) => [file, readFileSync(join(contentDir, file))])) };
}

/** The fields every entry of a unit test's small content carries: one sentence, one source. */
export const entryBasics = { summary: 'One sentence.', sources: [{ title: 'Source', url: 'https://example.org/' }] };

/** A path as the schema reads it, titled `id`, with `steps`; what a test does not name is an approval path of the PMD Act. */
export function pathData(id: string, steps: object[], extra: object = {}): Path {
	return schemas.paths.parse({
		...entryBasics,
		title: id,
		reviewed: '2026-11-01',
		jurisdiction: 'JP',
		law: 'PMD Act',
		authority: 'mhlw',
		modalities: ['cell-therapy'],
		stage: 'approval',
		outcome: 'Done',
		steps,
		...extra,
	});
}

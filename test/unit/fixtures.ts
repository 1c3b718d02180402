/** Content folders for tests: the valid base fixture with one fixture folder laid over it, or a copy of the real content. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

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

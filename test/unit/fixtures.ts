/** Builds a content folder from the valid base fixture with one fixture folder laid over it. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
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

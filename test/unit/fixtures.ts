/** Builds a content folder from the valid base fixture with one fixture folder laid over it. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');

export function contentWith(fixture?: string): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'biobridge-')), 'content');
	cpSync(join(fixturesDir, 'base'), dir, { recursive: true });
	if (fixture) cpSync(join(fixturesDir, fixture), dir, { recursive: true });
	return dir;
}

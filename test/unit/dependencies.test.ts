/**
 * One Sätteri for the checker and the renderer: the checker parses bodies with Sätteri's own
 * reader (src/check/body.ts) to judge what the renderer (@astrojs/markdown-satteri) will make of
 * them, so both must load the same copy, the version package.json pins exactly.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const project = createRequire(join(root, 'package.json'));
// The renderer's package exports no package.json: require from a file inside its folder.
const renderer = createRequire(join(root, 'node_modules', '@astrojs', 'markdown-satteri', 'package.json'));

describe('Sätteri', () => {
	it('is one copy, the version package.json pins, for the checker and for the renderer', () => {
		// Sätteri exports no package.json: its folder is where its entry resolves.
		const folderOf = (require: NodeJS.Require) => {
			const entry = require.resolve('satteri');
			return entry.slice(0, entry.lastIndexOf(`${join('node_modules', 'satteri')}`) + join('node_modules', 'satteri').length);
		};
		expect(folderOf(renderer)).toBe(folderOf(project));
		const checkers = join(folderOf(project), 'package.json');
		const pinned = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies
			.satteri;
		expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
		expect((JSON.parse(readFileSync(checkers, 'utf8')) as { version: string }).version).toBe(pinned);
		expect(dirname(checkers)).toBe(join(root, 'node_modules', 'satteri'));
	});
});

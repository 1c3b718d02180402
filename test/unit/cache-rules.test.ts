/**
 * The checker's cache never hides a change of rules: its results are stored under a digest of
 * the checker's code, schemas and dependencies. Reproduced as the code review did: check with a
 * warm cache, make a CRO field required in a copy of the project, check again.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy.ts';
import { FileCache } from '../../src/check/cache.ts';
import { check } from '../../src/check/check.ts';
import { contentWith, temporaryDir } from './fixtures.ts';

describe('the checker’s cache', () => {
	it('reports the errors a new rule finds, although the content did not change and the cache is warm', () => {
		const dir = copyProject(temporaryDir('biobridge-cache-'));
		cpSync(contentWith(), join(dir, 'content'), { recursive: true });
		const env = { ...process.env, BIOBRIDGE_CACHE_DIR: temporaryDir('biobridge-cache-store-'), NO_COLOR: '1' };
		const run = () =>
			spawnSync(process.execPath, [join(dir, 'src', 'check', 'cli.ts'), '--today', '2026-11-21'], { cwd: dir, encoding: 'utf8', env });

		const cold = run();
		expect(cold.stdout).toContain('no problems found');
		expect(run().stdout).toContain('no problems found');

		const schema = join(dir, 'src', 'schema', 'cros.ts');
		const text = readFileSync(schema, 'utf8');
		const required = text.replace(
			'			/** Its own website, an https:// address. */',
			'			/** The year it was founded. */\n			foundedYear: z.number().int(),\n			/** Its own website, an https:// address. */',
		);
		expect(required).not.toBe(text);
		writeFileSync(schema, required);

		const warm = run();
		expect(warm.status).toBe(1);
		expect(warm.stdout).toContain('The required field `foundedYear` is missing.');
	});
});

describe('the route work a re-check reuses (rules/plans.ts)', () => {
	it('sees a circle a path edit closes, and sees it gone when the edit is undone, with one cache throughout', async () => {
		const contentDir = contentWith('plan-cycle');
		const path = join(contentDir, 'paths', 'consultation.mdx');
		const withCircle = readFileSync(path, 'utf8');
		const withoutCircle = withCircle.replace(/^\s+waitsFor: \[\{ path: approval, step: decide \}\]\n/m, '');
		expect(withoutCircle).not.toBe(withCircle);
		const cache = new FileCache(undefined);
		const codes = async (changed?: string) =>
			(await check({ contentDir, cache, today: '2026-11-21', unchanged: (file) => file !== changed })).diagnostics.map((d) => d.code);

		expect(await codes()).toEqual(['plan-cycle']);
		// Nothing changed: the routes' problems of the last check stand.
		expect(await codes('content/cros/lab.mdx')).toEqual(['plan-cycle']);
		writeFileSync(path, withoutCircle);
		expect(await codes('content/paths/consultation.mdx')).toEqual([]);
		expect(await codes('content/cros/lab.mdx')).toEqual([]);
		writeFileSync(path, withCircle);
		expect(await codes('content/paths/consultation.mdx')).toEqual(['plan-cycle']);
	});
});

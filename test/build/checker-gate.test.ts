import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy.ts';
import { check } from '../../src/check/check.ts';
import { entryCollections } from '../../src/schema/index.ts';
import { isoDate } from '../../src/util/iso-date.ts';
import { temporaryDir } from '../unit/fixtures.ts';
import { root } from './site.ts';

/** A copy of the project whose content can be broken without touching the real one. */
const projectCopy = () => copyProject(temporaryDir('biobridge-project-'), { withContent: true });

describe('the build runs the checker first', () => {
	it('fails when a reference in a real file is broken, naming each file and line', async () => {
		const dir = projectCopy();
		const { index } = await check({ contentDir: join(dir, 'content'), today: isoDate(new Date()) });
		const broken = entryCollections.flatMap((collection) => {
			const entry = index.entries.find(
				(e) => e.collection === collection && e.kind === 'entry' && e.references.some((r) => r.target.kind === 'entry'),
			);
			const reference = entry?.references.find((r) => r.target.kind === 'entry');
			if (!entry || !reference) return [];
			const file = join(dir, entry.file);
			const lines = readFileSync(file, 'utf8').split('\n');
			const at = index.locate(entry, reference.path);
			const line = lines[at.line - 1];
			const start = line.indexOf(reference.value, at.column - 1);
			lines[at.line - 1] = `${line.slice(0, start)}${reference.value}x${line.slice(start + reference.value.length)}`;
			writeFileSync(file, lines.join('\n'));
			return [{ collection, where: `${entry.file}:${at.line}:`, suggestion: `Did you mean \`${reference.value}\`?` }];
		});
		// Every collection whose entries name other entries (the site's own pages name none).
		expect(broken.map((item) => item.collection)).toEqual(
			expect.arrayContaining(['paths', 'cros', 'institutions', 'zones', 'benefits', 'questions']),
		);

		const build = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, NO_COLOR: '1' },
		});
		expect(build.status).not.toBe(0);
		const output = `${build.stdout}\n${build.stderr}`;
		for (const { where, suggestion } of broken) {
			expect(output).toContain(where);
			expect(output).toContain(suggestion);
		}
		expect(output).toContain('nothing was built');
	});
});

describe('warnings never fail a pull request', () => {
	it('passes the content job’s check and build when an editor’s correct change raises only warnings', async () => {
		const dir = projectCopy();
		// A review of a translated path today: the Korean translation, made from yesterday's text, is now behind (stale-translation).
		const file = join(dir, 'content', 'paths', 'ctl-approval.mdx');
		const translation = join(dir, 'content', 'paths', 'ctl-approval.ko.mdx');
		const today = isoDate(new Date());
		const yesterday = isoDate(new Date(Date.now() - 86_400_000));
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^reviewed: .*$/m, `reviewed: ${today}`));
		writeFileSync(translation, readFileSync(translation, 'utf8').replace(/^translatedFrom: .*$/m, `translatedFrom: ${yesterday}`));
		const { errors, warnings } = await check({ contentDir: join(dir, 'content'), today });
		expect({ errors, warnings: warnings > 0 }).toEqual({ errors: 0, warnings: true });

		// As in CI, where Astro builds for production (vitest's NODE_ENV=test would make it build as in development).
		const env = { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', GITHUB_ACTIONS: 'true' };
		const annotate = spawnSync(process.execPath, [join(dir, 'src', 'check', 'cli.ts'), '--format', 'github', '--no-cache'], {
			cwd: dir,
			encoding: 'utf8',
			env,
		});
		expect(annotate.status).toBe(0);
		expect(annotate.stdout).toMatch(/^::warning file=content\/paths\/ctl-approval\.ko\.mdx/m);
		// With the build cache of the test run's own build of the real content (test/build/setup.ts), only the changed
		// path's pages are rendered again; what is asserted, that warnings do not stop the build, does not depend on it.
		if (existsSync(join(root, '.cache'))) cpSync(join(root, '.cache'), join(dir, '.cache'), { recursive: true });
		const build = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			encoding: 'utf8',
			env,
		});
		expect(build.status).toBe(0);
	});
});

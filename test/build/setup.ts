/**
 * Builds the real content before the build tests: with Sätteri (the site's processor), with the
 * unified + remark-gfm fallback so the tests can compare the two, and as a GitHub Pages project
 * site under a base path, so the link tests can prove nothing points outside it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../../scripts/project-copy.ts';
import { baseLocation, baseSiteDir, root, siteDir, unifiedSiteDir, untranslatedEntry } from './site.ts';

/** The defaults of src/site-location.ts, whatever the shell running the tests has set. */
const defaultLocation = Object.fromEntries(Object.keys(baseLocation).map((name) => [name, '']));

/**
 * Builds a site once per test run: two projects' setups (the content tier's and the full one's)
 * run in the same vitest process, and a site one of them built is not built again.
 */
function build(outDir: string, processor: 'satteri' | 'unified', location: Record<string, string> = defaultLocation, projectDir = root) {
	const stamp = join(outDir, '.built-by-test-run');
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(process.pid)) return;
	rmSync(outDir, { recursive: true, force: true });
	execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: projectDir,
		// vitest sets NODE_ENV=test, which would make Astro build as if in development.
		env: { ...process.env, NODE_ENV: 'production', BIOBRIDGE_MARKDOWN: processor, ...location },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	writeFileSync(stamp, String(process.pid));
}

/** The site every build test reads: the content tier needs only this one. */
export function buildSite() {
	build(siteDir, 'satteri');
}

export default function setup() {
	buildSite();
	build(unifiedSiteDir, 'unified');
	// The site under a base path also has one entry with no translation, whose Korean and Japanese
	// pages show its English text: search finds them through the English index (test/e2e/search.test.ts).
	const project = join(root, 'test', '.tmp', 'project-untranslated');
	rmSync(project, { recursive: true, force: true });
	copyProject(project, { withContent: true });
	for (const locale of ['ko', 'ja']) rmSync(join(project, 'content', `${untranslatedEntry}.${locale}.mdx`));
	build(baseSiteDir, 'satteri', baseLocation, project);
	rmSync(project, { recursive: true, force: true });
}

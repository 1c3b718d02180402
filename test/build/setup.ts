/**
 * Builds the real content before the build tests: with Sätteri (the site's processor), with the
 * unified + remark-gfm fallback so the tests can compare the two, and as a GitHub Pages project
 * site under a base path, so the link tests can prove nothing points outside it.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../../scripts/project-copy.ts';
import { baseLocation, baseSiteDir, root, siteDir, unifiedSiteDir, untranslatedEntry } from './site.ts';

/** The defaults of src/site-location.ts, whatever the shell running the tests has set. */
const defaultLocation = Object.fromEntries(Object.keys(baseLocation).map((name) => [name, '']));

function build(outDir: string, processor: 'satteri' | 'unified', location: Record<string, string> = defaultLocation, projectDir = root) {
	rmSync(outDir, { recursive: true, force: true });
	execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: projectDir,
		// vitest sets NODE_ENV=test, which would make Astro build as if in development.
		env: { ...process.env, NODE_ENV: 'production', BIOBRIDGE_MARKDOWN: processor, ...location },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
}

export default function setup() {
	build(siteDir, 'satteri');
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

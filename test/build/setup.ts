/**
 * Builds the real content before the build tests: with Sätteri (the site's processor), with the
 * unified + remark-gfm fallback so the tests can compare the two, and as a GitHub Pages project
 * site under a base path, so the link tests can prove nothing points outside it.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { baseLocation, baseSiteDir, root, siteDir, unifiedSiteDir } from './site.ts';

/** The defaults of src/site-location.ts, whatever the shell running the tests has set. */
const defaultLocation = Object.fromEntries(Object.keys(baseLocation).map((name) => [name, '']));

function build(outDir: string, processor: 'satteri' | 'unified', location: Record<string, string> = defaultLocation) {
	rmSync(outDir, { recursive: true, force: true });
	execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: root,
		// vitest sets NODE_ENV=test, which would make Astro build as if in development.
		env: { ...process.env, NODE_ENV: 'production', BIOBRIDGE_MARKDOWN: processor, ...location },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
}

export default function setup() {
	build(siteDir, 'satteri');
	build(unifiedSiteDir, 'unified');
	build(baseSiteDir, 'satteri', baseLocation);
}

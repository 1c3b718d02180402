/**
 * Builds the real content once before the build tests: with Sätteri (the site's processor)
 * and with the unified + remark-gfm fallback, so the tests can compare the two.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { root, siteDir, unifiedSiteDir } from './site.ts';

function build(outDir: string, processor: 'satteri' | 'unified') {
	rmSync(outDir, { recursive: true, force: true });
	execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: root,
		// vitest sets NODE_ENV=test, which would make Astro build as if in development.
		env: { ...process.env, NODE_ENV: 'production', BIOBRIDGE_MARKDOWN: processor },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
}

export default function setup() {
	build(siteDir, 'satteri');
	build(unifiedSiteDir, 'unified');
}

/**
 * Builds the real content before the build tests, twice: the site itself, with Sätteri (the site's
 * processor), and a variant that differs from it in three ways the tests compare — under a base
 * path as a GitHub Pages project site (nothing may point outside it), with one entry left
 * untranslated (search falls back to English), and with the unified + remark-gfm fallback
 * processor (it must render every body as Sätteri does). One variant build serves all three: the
 * base path is added to body links after either processor has rendered them (src/lib/links.ts
 * localizeLinks), and the untranslated entry's two pages are left out of the body comparison.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../../scripts/project-copy.ts';
import { baseLocation, baseSiteDir, root, siteDir, untranslatedEntry } from './site.ts';

/** The defaults of src/site-location.ts, whatever the shell running the tests has set. */
const defaultLocation = Object.fromEntries(Object.keys(baseLocation).map((name) => [name, '']));

/**
 * Builds a site once per test run: two projects' setups (the content tier's and the full one's)
 * run in the same vitest process, and a site one of them built is not built again.
 */
async function build(
	outDir: string,
	processor: 'satteri' | 'unified',
	location: Record<string, string> = defaultLocation,
	projectDir = root,
): Promise<void> {
	if (builtThisRun(outDir)) return;
	rmSync(outDir, { recursive: true, force: true });
	const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: projectDir,
		// vitest sets NODE_ENV=test, which would make Astro build as if in development.
		env: { ...process.env, NODE_ENV: 'production', BIOBRIDGE_MARKDOWN: processor, ...location },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const status = await new Promise<number | null>((resolve, reject) => {
		child.once('error', reject);
		child.once('close', resolve);
	});
	if (status !== 0) throw new Error(`astro build --outDir ${outDir} (in ${projectDir}) exited with ${status}; its errors are above.`);
	writeFileSync(join(outDir, stampFile), String(process.pid));
}

/** Left in a site by the test run that built it: its process id. */
const stampFile = '.built-by-test-run';
const builtThisRun = (outDir: string) => {
	const stamp = join(outDir, stampFile);
	return existsSync(stamp) && readFileSync(stamp, 'utf8') === String(process.pid);
};

/** The site every build test reads: the content tier needs only this one. */
export function buildSite(): Promise<void> {
	return build(siteDir, 'satteri');
}

/**
 * The two sites, built side by side: one build is not enough to keep both cores of a small CI
 * machine busy (a build spends much of its time on one core). The variant is built from a copy of
 * the project, so the two builds do not share a build cache.
 */
export default async function setup() {
	if (builtThisRun(siteDir) && builtThisRun(baseSiteDir)) return;
	const variant = join(root, 'test', '.tmp', 'project-variant');
	rmSync(variant, { recursive: true, force: true });
	copyProject(variant, { withContent: true });
	for (const locale of ['ko', 'ja']) rmSync(join(variant, 'content', `${untranslatedEntry}.${locale}.mdx`));
	// Both builds run to their end before a failure is reported, so no build is left running behind a failed setup.
	const builds = await Promise.allSettled([buildSite(), build(baseSiteDir, 'unified', baseLocation, variant)]);
	rmSync(variant, { recursive: true, force: true });
	const failed = builds.flatMap((result) => (result.status === 'rejected' ? [result.reason as Error] : []));
	if (failed.length > 0) throw new Error(failed.map((error) => error.message).join('\n'));
}

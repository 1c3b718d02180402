/**
 * Builds the real content before the build tests: with Sätteri (the site's processor), with the
 * unified + remark-gfm fallback so the tests can compare the two, and as a GitHub Pages project
 * site under a base path, so the link tests can prove nothing points outside it.
 */
import { spawn } from 'node:child_process';
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
async function build(
	outDir: string,
	processor: 'satteri' | 'unified',
	location: Record<string, string> = defaultLocation,
	projectDir = root,
): Promise<void> {
	const stamp = join(outDir, '.built-by-test-run');
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(process.pid)) return;
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
	writeFileSync(stamp, String(process.pid));
}

/** The site every build test reads: the content tier needs only this one. */
export function buildSite(): Promise<void> {
	return build(siteDir, 'satteri');
}

/**
 * The three sites. The one under a base path is built from a copy of the project, so it builds
 * beside the two in the project itself (each build keeps about one core busy); those two share the
 * project's own build cache and are built one after the other.
 */
export default async function setup() {
	// The site under a base path also has one entry with no translation, whose Korean and Japanese
	// pages show its English text: search finds them through the English index (test/e2e/search.test.ts).
	const project = join(root, 'test', '.tmp', 'project-untranslated');
	rmSync(project, { recursive: true, force: true });
	copyProject(project, { withContent: true });
	for (const locale of ['ko', 'ja']) rmSync(join(project, 'content', `${untranslatedEntry}.${locale}.mdx`));
	const underBase = build(baseSiteDir, 'satteri', baseLocation, project);
	// A failure of this build is reported once the other two have ended (below), not as an unhandled rejection meanwhile.
	underBase.catch(() => undefined);
	try {
		await buildSite();
		await build(unifiedSiteDir, 'unified');
	} finally {
		await underBase.catch(() => undefined);
	}
	await underBase;
	rmSync(project, { recursive: true, force: true });
}

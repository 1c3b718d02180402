/**
 * The content tier's build (npm run test:content): the real content, built once with the site's own
 * processor. When the whole suite runs, this setup comes first (vitest runs the projects' setups one
 * after another) and starts the full one's two builds side by side, rather than this one alone and
 * the variant after it.
 */
import type { TestProject } from 'vitest/node';
import buildBoth, { buildSite } from './setup.ts';

export default async function setup(project: TestProject) {
	if (project.vitest.projects.some((other) => other.name === 'site')) await buildBoth();
	else await buildSite();
}

/** The build's import guard on its own: what a module compiled from content/ may import. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentGuard } from '../../src/integrations/content-guard.ts';

const root = '/project';
const guard = contentGuard(root);
const resolveId = guard.resolveId as unknown as (this: { error(message: string): never }, source: string, importer?: string) => unknown;
const context = {
	error(message: string): never {
		throw new Error(message);
	},
};
const lab = join(root, 'content', 'cros', 'lab.mdx');

describe('the build imports nothing for content', () => {
	it.each([
		['a module next to the entry', './.chart.mjs'],
		['a file read raw', '../../../../proc/self/environ?raw'],
		['a file inlined as a URL', '../../../../proc/self/environ?url&inline'],
		['a worker', './x.js?worker'],
		['a project module', '../../scripts/new-entry.ts'],
		['an alias', '@/secrets'],
		['a package', 'node:child_process'],
		['an absolute path', '/etc/passwd'],
	])('refuses %s', (_, source) => {
		expect(() => resolveId.call(context, source, lab)).toThrow(/tries to import/);
		expect(() => resolveId.call(context, source, `${lab}?astroPropagatedAssets`)).toThrow(/tries to import/);
	});

	it("lets the compiled module import Astro's runtime and itself, and leaves every other module alone", () => {
		expect(resolveId.call(context, 'astro/jsx-runtime', lab)).toBeNull();
		expect(resolveId.call(context, 'astro/runtime/server/index.js', lab)).toBeNull();
		expect(resolveId.call(context, lab, `${lab}?astroPropagatedAssets`)).toBeNull();
		expect(resolveId.call(context, './.chart.mjs', join(root, 'src', 'pages', 'index.astro'))).toBeNull();
	});
});

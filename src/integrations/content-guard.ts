/**
 * The build's own line of defence, behind the checker: whatever a content file says, the build
 * imports nothing for it and runs none of its code. The checker refuses such content before the
 * build starts (npm run check, and the checker integration); this guard holds even if a body slips
 * past it or the build is run without it.
 *
 * - Imports: the module Astro compiles from a content .mdx file may import only Astro's own
 *   runtime and itself. A Markdown image becomes an import of its address, and an import is how
 *   a body could run a file's code (`![x](./.chart.mjs)`) or print one into the log
 *   (`![x](../../proc/self/environ?raw)`): any other import from content/ is refused before Vite
 *   resolves or reads it.
 * - Code: a body's imports, exports and `{…}` expressions run during the build with its
 *   environment; the guard reads every content .mdx with the checker's body reader before it is
 *   compiled and refuses the file if it has any.
 */
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { readBody } from '../check/body.ts';
import { splitFrontmatter } from '../check/frontmatter.ts';

/** What Astro's compiled MDX imports: its runtime and JSX runtime. */
const runtimeImports = new Set(['astro/runtime/server/index.js', 'astro/jsx-runtime']);

/** Codes of the body reader that mean the body has code, or an image the build would import. */
const refused = new Set(['code-import-export', 'code-expression', 'unsafe-image', 'unsafe-url']);

export function contentGuard(root: string): Plugin {
	const contentDir = resolve(root, 'content') + sep;
	const fromContent = (id: string | undefined) => id !== undefined && id.split('?')[0].startsWith(contentDir);
	return {
		name: 'biobridge:content-guard',
		enforce: 'pre',
		resolveId(source, importer) {
			if (!fromContent(importer)) return null;
			if (runtimeImports.has(source) || source === importer?.split('?')[0]) return null;
			this.error(
				`${importer?.split('?')[0].slice(contentDir.length - 'content/'.length)} tries to import \`${source.slice(0, 80)}\`. Content imports nothing: images are site paths under /images/ (public/images/), and bodies hold no code. Run \`npm run check\` for the line and the fix.`,
			);
		},
		transform(code, id) {
			if (!fromContent(id) || !id.endsWith('.mdx')) return null;
			const file = id.slice(contentDir.length - 'content/'.length);
			const problems = readBody(splitFrontmatter(code).body, file).diagnostics.filter((problem) => refused.has(problem.code));
			if (problems.length > 0)
				this.error(
					`${file}:${problems[0].line}:${problems[0].column} ${problems[0].message} The build runs no code from content; run \`npm run check\` for every problem and its fix.`,
				);
			return null;
		},
	};
}

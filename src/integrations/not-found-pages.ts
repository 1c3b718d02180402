/**
 * Astro writes a "not found" page at a path other than /404 as <path>/404/index.html; hosts
 * (Cloudflare Pages, Netlify) serve the 404.html nearest a missing address. This moves each
 * language's page there, so a missing /ko/… address gets the Korean one. It does so as soon as
 * the pages are written (`astro:build:generated`), before search starts reading them
 * (src/integrations/pagefind.ts).
 */
import type { AstroIntegration } from 'astro';
import { rename, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, locales } from '../schema/locales.ts';

export function notFoundPagesIntegration(): AstroIntegration {
	return {
		name: 'biobridge:not-found-pages',
		hooks: {
			'astro:build:generated': async ({ dir }) => {
				const root = fileURLToPath(dir);
				for (const locale of locales.filter((other) => other !== defaultLocale)) {
					const built = join(root, locale, '404', 'index.html');
					// A build that failed before writing the page reports its own error.
					if (!(await stat(built).catch(() => undefined)))
						throw new Error(`The build wrote no "not found" page for ${locale} at ${built}.`);
					await rename(built, join(root, locale, '404.html'));
					await rmdir(join(root, locale, '404'));
				}
			},
		},
	};
}

/**
 * Writes `_headers` into the built site for hosts that read it (Netlify, Cloudflare Pages): the
 * security headers and cache lifetimes of src/site-config.ts, under the site's base path. Hosts
 * that do not read it (GitHub Pages) ignore it; the pages' own CSP meta tag still applies there.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cachePolicy, securityHeaders } from '../site-config.ts';

/** The `_headers` file: a rule per path pattern, each header indented below it. */
export function headersFile(base: string): string {
	const rules = [
		{ path: `${base}*`, headers: securityHeaders },
		...cachePolicy.flatMap(({ paths, cacheControl }) =>
			paths.map((path) => ({ path: `${base}${path}`, headers: { 'Cache-Control': cacheControl } })),
		),
	];
	return `${rules.map(({ path, headers }) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n')}\n`;
}

export function headersIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'biobridge:headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir }) => {
				await writeFile(fileURLToPath(new URL('_headers', dir)), headersFile(base));
			},
		},
	};
}

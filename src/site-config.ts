import { collectionNames } from './schema/collections.ts';

/** Site-wide settings an operator may change in one place; where the site and its repository live is in src/site-location.ts. */
export const siteConfig = {
	name: 'BioBridge',
} as const;

/**
 * The Content-Security-Policy every built page sets: no inline script and no inline style
 * anywhere (Astro writes every stylesheet as a file, see astro.config.mjs), so content cannot
 * cover a page with a positioned element; Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
 * Not set in `astro dev`, whose live reload is inline.
 */
export const securityPolicy: Readonly<Record<string, readonly string[]>> = {
	'default-src': ["'self'"],
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	'style-src': ["'self'"],
	'img-src': ["'self'", 'data:'],
	'connect-src': ["'self'"],
	'worker-src': ["'self'", 'blob:'],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
};

/** A policy as the header or meta tag writes it: `directive value value; directive value`. */
export function policyText(policy: Readonly<Record<string, readonly string[]>>): string {
	return Object.entries(policy)
		.map(([directive, values]) => [directive, ...values].join(' '))
		.join('; ');
}

/** A policy's text read back into its directives, for tests and checks. */
export function parsePolicy(text: string): Record<string, string[]> {
	return Object.fromEntries(
		text
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter(([directive]) => directive)
			.map(([directive, ...values]) => [directive, values]),
	);
}

export const contentSecurityPolicy = policyText(securityPolicy);

/**
 * What a host that reads a `_headers` file (Netlify, Cloudflare Pages) sends with every page: the
 * same policy as the meta tag, plus what only a header can say (no framing by other sites), and
 * the usual hardening. src/integrations/headers.ts writes the file.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
	'Content-Security-Policy': policyText({ ...securityPolicy, 'frame-ancestors': ["'none'"] }),
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/**
 * How long browsers may keep files, by path under the site's base. A file whose name carries its
 * content's hash never changes and is kept a year; everything else (pages, feeds, open data,
 * Pagefind's entry files) is checked again on every visit. The patterns do not overlap, because
 * hosts join the values of a header that two rules set.
 */
export const cachePolicy: readonly { paths: readonly string[]; cacheControl: string }[] = [
	{
		paths: ['_astro/*', 'pagefind/fragment/*', 'pagefind/index/*', 'pagefind/filter/*', 'pagefind/*.pf_meta'],
		cacheControl: 'public, max-age=31536000, immutable',
	},
	{
		paths: [
			'',
			'*.html',
			'*.xml',
			'*.txt',
			'*.svg',
			...[...collectionNames, 'finder', 'search', 'whats-new', 'data', 'ko', 'ja'].map((section) => `${section}/*`),
			'pagefind/*.js',
			'pagefind/*.css',
			'pagefind/*.json',
			'pagefind/*.pagefind',
		],
		cacheControl: 'public, max-age=0, must-revalidate',
	},
];

/** Site-wide settings an operator may change in one place. */
export const siteConfig = {
	name: 'BioBridge',
	tagline: 'Korea–Japan regulatory routes for cell and gene therapy',
	/** Where the repository lives; "Edit this page" links to `<repository>/edit/<branch>/<file>`. */
	repository: 'https://github.com/biobridge/biobridge',
	branch: 'main',
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

/** The link that opens an entry's file in GitHub's web editor. */
export function editHref(file: string): string {
	return `${siteConfig.repository}/edit/${siteConfig.branch}/${file}`;
}

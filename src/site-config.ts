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
export const contentSecurityPolicy = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self'",
	"worker-src 'self' blob:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
].join('; ');

/** The link that opens an entry's file in GitHub's web editor. */
export function editHref(file: string): string {
	return `${siteConfig.repository}/edit/${siteConfig.branch}/${file}`;
}

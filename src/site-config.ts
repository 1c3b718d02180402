/** Site-wide settings an operator may change in one place. */
export const siteConfig = {
	name: 'BioBridge',
	tagline: 'Korea–Japan regulatory routes for cell and gene therapy',
	/** Where the repository lives; "Edit this page" links to `<repository>/edit/<branch>/<file>`. */
	repository: 'https://github.com/biobridge/biobridge',
	branch: 'main',
} as const;

/** The link that opens an entry's file in GitHub's web editor. */
export function editHref(file: string): string {
	return `${siteConfig.repository}/edit/${siteConfig.branch}/${file}`;
}

/** Ids are file stems, so a URL, a reference and a file name are the same word. */

/** The id of the entry in `fileName` (a name or a path): its stem, without folders or extension. */
export function idFromFileName(fileName: string): string {
	const base = fileName.split(/[\\/]/).pop() ?? fileName;
	return base.replace(/\.mdx$/, '');
}

/** Ids are file stems, so a URL, a reference and a file name are the same word. */
import { idPattern } from './reference.ts';

/** The id of the entry in `fileName` (a name or a path): its stem, without folders or extension. */
export function idFromFileName(fileName: string): string {
	const base = fileName.split(/[\\/]/).pop() ?? fileName;
	return base.replace(/\.mdx$/, '');
}

/** "My CRO Ltd." → "my-cro-ltd": the id a name would have, or undefined when nothing ASCII is left (a Korean or Japanese name). */
export function idFromName(name: string): string | undefined {
	const id = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return id && idPattern.test(id) ? id : undefined;
}

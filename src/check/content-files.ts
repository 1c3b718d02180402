/** Which files content/ holds, and what each one is. Anything no collection reads is reported. */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { finderFile } from '../schema/finder.ts';
import { entryCollections, glossaryFile, type EntryCollection } from '../schema/index.ts';
import { isTranslationLocale, translationLocales, type TranslationLocale } from '../schema/locales.ts';
import { idFromName } from '../schema/ids.ts';
import { idPattern } from '../schema/reference.ts';
import { imageAddress, imageFolder, imageTypes, looksLike, type ImageType } from '../schema/url-policy.ts';
import { diagnostic, type Diagnostic } from './diagnostic.ts';

export interface ContentFile {
	/** Path as reported, relative to the project: `content/cros/cmic.mdx`. */
	file: string;
	/** Absolute path on disk. */
	absolute: string;
	kind: 'entry' | 'translation' | 'glossary' | 'finder';
	collection: EntryCollection | 'glossary' | 'finder';
	/** The entry id (for a translation, the id of its base entry). */
	id: string;
	/** The language of a translation. */
	lang?: TranslationLocale;
}

const at = { line: 1, column: 1 };
const collectionSet = new Set<string>(entryCollections);

function linkDiagnostic(file: string, name: string): Diagnostic {
	return diagnostic(
		'unexpected-file',
		file,
		at,
		`\`${name}\` is a symbolic link. Content must be ordinary files, so a link is never read or published.`,
		'Replace the link with a copy of the file, or remove it.',
	);
}

function hiddenDiagnostic(file: string, name: string): Diagnostic {
	return diagnostic(
		'unexpected-file',
		file,
		at,
		`\`${name}\` is a hidden file or folder (its name starts with a dot). Nothing under content/ may be hidden from review.`,
		'Remove it. Entries are .mdx files with plain names; images go in public/images/.',
	);
}

/** Lists content files; reports names that are not ids and files nothing would publish. */
export function listContentFiles(contentDir: string, label = 'content'): { files: ContentFile[]; diagnostics: Diagnostic[] } {
	const files: ContentFile[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const item of readdirSync(contentDir, { withFileTypes: true })) {
		const shown = `${label}/${item.name}`;
		// A dot file is invisible in most listings and skipped by Astro, but the build would still import it if a body named it: nothing under content/ goes unaccounted for.
		if (item.name.startsWith('.')) {
			diagnostics.push(hiddenDiagnostic(shown, item.name));
			continue;
		}
		// Dirent types come from lstat: a symbolic link is neither a file nor a folder here, and is never followed.
		if (item.isSymbolicLink()) {
			diagnostics.push(linkDiagnostic(shown, item.name));
		} else if (item.isFile() && item.name === glossaryFile) {
			files.push({ file: shown, absolute: join(contentDir, item.name), kind: 'glossary', collection: 'glossary', id: 'glossary' });
		} else if (item.isFile() && item.name === finderFile) {
			files.push({ file: shown, absolute: join(contentDir, item.name), kind: 'finder', collection: 'finder', id: 'finder' });
		} else if (item.isDirectory() && collectionSet.has(item.name)) {
			const collection = item.name as EntryCollection;
			const folder = join(contentDir, collection);
			for (const child of readdirSync(folder, { withFileTypes: true })) {
				const name = child.name;
				const file = `${shown}/${name}`;
				if (name.startsWith('.')) {
					diagnostics.push(hiddenDiagnostic(file, name));
					continue;
				}
				// A directory entry's name has no separator, so this is join(folder, name) without normalising 10,000 times.
				const absolute = `${folder}${sep}${name}`;
				if (child.isSymbolicLink()) {
					diagnostics.push(linkDiagnostic(file, name));
					continue;
				}
				if (!child.isFile()) {
					diagnostics.push(
						diagnostic(
							'unexpected-file',
							file,
							at,
							`\`${name}\` is a folder, not a file, so it would never become a page.`,
							`Move its files into content/${collection}/ or out of content/; entries are single .mdx files.`,
						),
					);
					continue;
				}
				const parts = name.split('.');
				if (parts.at(-1) !== 'mdx') {
					diagnostics.push(
						diagnostic(
							'unexpected-file',
							file,
							at,
							`\`${name}\` is not an .mdx file, so it would never become a page.`,
							`Rename it to \`${parts[0]}.mdx\` if it is an entry, or move it out of content/.`,
						),
					);
					continue;
				}
				const [id, lang] = parts.length === 3 ? [parts[0], parts[1]] : [parts.slice(0, -1).join('.'), undefined];
				if (lang !== undefined && !isTranslationLocale(lang)) {
					diagnostics.push(
						diagnostic(
							'invalid-file-name',
							file,
							at,
							`\`${name}\` looks like a translation into \`${lang}\`, which is not a language the site is translated into.`,
							`Use \`<id>.<language>.mdx\` with one of: ${translationLocales.join(', ')}.`,
						),
					);
					continue;
				}
				if (!idPattern.test(id)) {
					const suggestion = idFromName(id);
					diagnostics.push(
						diagnostic(
							'invalid-file-name',
							file,
							at,
							`The file name \`${name}\` is not a valid id: ids are lower-case ASCII letters and digits joined by single hyphens.`,
							suggestion ? `Rename the file to \`${suggestion}${lang ? `.${lang}` : ''}.mdx\`.` : 'Rename the file, e.g. `my-cro.mdx`.',
						),
					);
					continue;
				}
				files.push({
					file,
					absolute,
					kind: lang ? 'translation' : 'entry',
					collection,
					id,
					lang: isTranslationLocale(lang) ? lang : undefined,
				});
			}
		} else {
			diagnostics.push(
				diagnostic(
					'unexpected-file',
					shown,
					at,
					`\`${item.name}\` is not a collection folder, the glossary or the route finder, so nothing would publish it.`,
					`Entries go in content/<collection>/ (${entryCollections.join(', ')}); glossary terms go in content/${glossaryFile}; the route finder is content/${finderFile}.`,
				),
			);
		}
	}
	return { files, diagnostics };
}

/** The largest image a body may show, in bytes: a screenshot or a chart is well under 1 MB. */
export const maxImageBytes = 2 * 1024 * 1024;

/**
 * The images a body may show: every file under public/images/, which must be an image of an
 * allowed type whose bytes say it is one, under a plain lower-case name. Anything else there is
 * reported, as content/ is: the folder is published as it is.
 */
export function listImages(imagesDir: string, label: string): { images: Set<string>; diagnostics: Diagnostic[] } {
	const images = new Set<string>();
	const diagnostics: Diagnostic[] = [];
	const visit = (folder: string, relative: string, depth: number) => {
		let items: Dirent[];
		try {
			items = readdirSync(folder, { withFileTypes: true });
		} catch {
			return;
		}
		for (const item of items) {
			const path = relative ? `${relative}/${item.name}` : item.name;
			const shown = `${label}/${path}`;
			const refuse = (message: string, hint: string) => diagnostics.push(diagnostic('unexpected-file', shown, at, message, hint));
			if (item.isSymbolicLink())
				refuse(`\`${item.name}\` is a symbolic link, which is never published.`, 'Replace the link with the image itself.');
			else if (item.isDirectory() && depth < 3 && /^[a-z0-9][a-z0-9_-]*$/.test(item.name)) visit(join(folder, item.name), path, depth + 1);
			else if (!item.isFile())
				refuse(
					`\`${item.name}\` is not an image file.`,
					'Keep only image files, in folders with plain lower-case names, in public/images/.',
				);
			else {
				const address = imageAddress(`${imageFolder.route}${path}`);
				if ('kind' in address)
					refuse(
						`\`${path}\` is not an image the site may show: names are lower-case letters, digits and hyphens, ending ${Object.keys(
							imageTypes,
						)
							.map((type) => `.${type}`)
							.join(', ')}.`,
						'Rename the file, or remove it if it is not an image.',
					);
				else if (!imageBytesMatch(join(folder, item.name), address.type))
					diagnostics.push(
						diagnostic(
							'broken-image',
							shown,
							at,
							`\`${path}\` is not a .${address.type} image, or is larger than ${maxImageBytes / 1024 / 1024} MB: its bytes do not begin as such a file does.`,
							'Export the picture again as the type its name says, at most 2 MB, or rename it to its real type.',
						),
					);
				else images.add(address.file);
			}
		}
	};
	visit(imagesDir, '', 0);
	return { images, diagnostics };
}

function imageBytesMatch(absolute: string, type: ImageType): boolean {
	let fd: number | undefined;
	try {
		fd = openSync(absolute, constants.O_RDONLY | constants.O_NOFOLLOW);
		if (fstatSync(fd).size > maxImageBytes) return false;
		const head = Buffer.alloc(16);
		readSync(fd, head, 0, 16, 0);
		return looksLike(head, type);
	} catch {
		return false;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

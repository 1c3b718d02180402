/** Which files content/ holds, and what each one is. Anything no collection reads is reported. */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { finderFile } from '../schema/finder.ts';
import { entryCollections, glossaryFile, type EntryCollection } from '../schema/index.ts';
import { isTranslationLocale, translationLocales, type TranslationLocale } from '../schema/locales.ts';
import { idFromName } from '../schema/ids.ts';
import { idPattern } from '../schema/reference.ts';
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

/** Lists content files; reports names that are not ids and files nothing would publish. */
export function listContentFiles(contentDir: string, label = 'content'): { files: ContentFile[]; diagnostics: Diagnostic[] } {
	const files: ContentFile[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const item of readdirSync(contentDir, { withFileTypes: true })) {
		if (item.name.startsWith('.')) continue;
		const shown = `${label}/${item.name}`;
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
				if (name.startsWith('.')) continue;
				const file = `${shown}/${name}`;
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

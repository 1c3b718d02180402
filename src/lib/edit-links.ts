/**
 * "Edit this page": where the words of each page live in the repository, as a link to GitHub.
 * An entry's page opens its file in GitHub's editor (a translated page its .ko.mdx or .ja.mdx);
 * a list, the home page and the other gathered pages open the folder that holds their entries;
 * the glossary, the route finder and its plans open their YAML file at the line of the term, the
 * question or the outcome; a page still in English on the Korean or Japanese site opens GitHub's
 * new-file page for its translation, filled in with the draft `npm run new -- translation` writes.
 * The repository and branch come from src/site-location.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { memoise } from '../util/memoise.ts';
import { translationDraft, translationSource } from './translation-template.ts';
import type { EntryCollection } from '../schema/index.ts';
import type { TranslationLocale } from '../schema/locales.ts';
import { siteLocation } from '../site-location.ts';

/** Where a page's words live, and what the link does: open a file in the editor, open a folder, or start a new file. */
export interface EditTarget {
	kind: 'file' | 'folder' | 'translation';
	href: string;
}

/**
 * GitHub answers "414 URI Too Long" to an address longer than 8,191 bytes (documented in
 * github/docs#4537); a translation draft that would not fit leaves out its body, then its other texts.
 */
export const longestAddress = 8000;

const { repository, branch } = siteLocation;

/** A file in GitHub's editor, at a line (`#L12` puts the cursor there). */
export function fileTarget(file: string, line?: number): EditTarget {
	return { kind: 'file', href: `${repository}/edit/${branch}/${file}${line ? `#L${line}` : ''}` };
}

/** A folder of content/ on GitHub: its files listed, each one entry, with "Add file" for a new one. */
export function folderTarget(folder: string): EditTarget {
	return { kind: 'folder', href: `${repository}/tree/${branch}/${folder}` };
}

/** GitHub's page for a new file in `folder`, named `name`, with `text` in its editor. */
export function newFileHref(folder: string, name: string, text: string): string {
	return `${repository}/new/${branch}/${folder}?filename=${encodeURIComponent(name)}&value=${encodeURIComponent(text)}`;
}

/**
 * An original entry read for its drafts once per version of its file: the Korean and the Japanese
 * page of an untranslated entry share it (at 10,000 entries, 20,000 pages).
 */
const originalSource = memoise(
	(collection: EntryCollection, file: string) => `${collection} ${file} ${statSync(file).mtimeMs}`,
	(collection: EntryCollection, file: string) => translationSource(collection, readFileSync(file, 'utf8')),
);

/**
 * The link that starts the translation of `collection/id` into `lang` on GitHub: its new-file
 * page with the draft filled in, as much of it as an address can carry.
 */
export function translationTarget(collection: EntryCollection, id: string, lang: TranslationLocale, originalFile: string): EditTarget {
	const source = originalSource(collection, originalFile);
	const folder = `content/${collection}`;
	const name = `${id}.${lang}.mdx`;
	const shown = `${folder}/${id}.mdx`;
	for (const carry of ['all', 'words', 'title'] as const) {
		const href = newFileHref(folder, name, translationDraft(source, lang, { carry, originalFile: shown }));
		if (href.length <= longestAddress) return { kind: 'translation', href };
	}
	return { kind: 'translation', href: newFileHref(folder, name, '') };
}

/** A YAML file of content/ read once per version of it (its modification time), with a way to find the line of a key. */
const yamlDocument = memoise(
	(file: string) => `${file} ${statSync(file).mtimeMs}`,
	(file: string) => {
		const lineCounter = new LineCounter();
		const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
		return { document, lineCounter };
	},
);

/** The line (from 1) where `keys` (`['questions', 'goal']`) is written in the YAML file `file`; undefined when it is not there. */
export function yamlKeyLine(file: string, keys: readonly string[]): number | undefined {
	const { document, lineCounter } = yamlDocument(file);
	let node: unknown = document.contents;
	let offset: number | undefined;
	for (const key of keys) {
		if (!isMap(node)) return undefined;
		const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
		if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
		offset = pair.key.range[0];
		node = pair.value;
	}
	return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

/** A YAML file of content/ in GitHub's editor at `keys`, or at its top where they are not found. */
export function yamlTarget(file: string, keys: readonly string[]): EditTarget {
	return fileTarget(file, yamlKeyLine(file, keys));
}

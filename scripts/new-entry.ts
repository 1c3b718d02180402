/**
 * `npm run new -- <collection> "<title>" [--id <id>]`
 * Writes content/<collection>/<id>.mdx from a template that holds every field, each with the
 * schema's own description as a comment. Required fields hold "FILL IN: …", which the checker
 * reports until an editor replaces it; optional fields are commented out.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { entryCollections, type EntryCollection } from '../src/schema/collections.ts';
import { idFromName } from '../src/schema/ids.ts';
import { placeholderMarker } from '../src/schema/placeholder.ts';
import { idPattern } from '../src/schema/reference.ts';
import { schemas } from '../src/schema/index.ts';
import { valueKind, type Field } from '../src/schema/walk.ts';
import { describeKind } from './docs-fields.ts';
import { describer } from './field-docs.ts';
import { createTranslation } from './new-translation.ts';

const quote = (text: string) => JSON.stringify(text);

const describe = describer();

/** The template lines of one field: its description as a comment, then the field with a placeholder, or commented out when optional. */
function fieldLines(field: Field, block: string | undefined, path: readonly string[], indent: string, title: string): string[] {
	const description = describe(block, path) || field.description;
	const comment = description ? [`${indent}# ${description}`] : [];
	const value = field.value;
	// Every entry should carry a source, even where the schema allows none: the template offers one.
	if (!field.required && field.name !== 'sources') return [...comment, `${indent}# ${field.name}: (optional) ${describeKind(value)}`];
	if (field.name === 'title' && indent === '') return [...comment, `title: ${quote(title)}`];
	const item = value.kind === 'list' ? value.item : value;
	if (item.kind === 'object') {
		const innerBlock = item.block ?? block;
		const innerPath = (name: string) => (item.block ? [name] : [...path, name]);
		if (value.kind === 'list') {
			const inner = item.fields.flatMap((child) => fieldLines(child, innerBlock, innerPath(child.name), `${indent}    `, title));
			return [...comment, `${indent}${field.name}:`, `${indent}  -${inner.join('\n').slice(indent.length + 3)}`.split('\n')].flat();
		}
		return [
			...comment,
			`${indent}${field.name}:`,
			...item.fields.flatMap((child) => fieldLines(child, innerBlock, innerPath(child.name), `${indent}  `, title)),
		];
	}
	const what = describeKind(value).replace(/^a list; each item is (one of: )?/, 'one or more of: ');
	const placeholder = quote(`${placeholderMarker}: ${what === 'text' ? 'text, as the comment above says' : what}`);
	return [...comment, `${indent}${field.name}: ${value.kind === 'list' ? `[${placeholder}]` : placeholder}`];
}

export function template(collection: EntryCollection, title: string): string {
	const root = valueKind(schemas[collection]);
	const lines = root.kind === 'object' ? root.fields.flatMap((field) => fieldLines(field, root.block, [field.name], '', title)) : [];
	return `---\n${lines.join('\n')}\n---\n\n${placeholderMarker}: the page, in plain Markdown. Say who this is for and what a founder should know, with a source for every fact. See CONTRIBUTING.md.\n`;
}

export function createEntry(contentDir: string, collection: string, title: string, id?: string): string {
	if (!entryCollections.includes(collection as EntryCollection))
		throw new Error(`Unknown collection "${collection}". Use one of: ${entryCollections.join(', ')}.`);
	const entryId = id ?? idFromName(title);
	if (!entryId)
		throw new Error(`The title "${title}" has no Latin letters to make an id from. Give one with --id, e.g. --id chungbuk-technopark.`);
	if (!idPattern.test(entryId))
		throw new Error(`"${entryId}" is not a valid id: use lower-case letters, digits and single hyphens, e.g. "my-cro".`);
	const file = join(contentDir, collection, `${entryId}.mdx`);
	if (existsSync(file))
		throw new Error(`content/${collection}/${entryId}.mdx already exists; nothing was written. Edit it, or choose another --id.`);
	writeFileSync(file, template(collection as EntryCollection, title));
	return file;
}

if (import.meta.main) {
	const { values, positionals } = parseArgs({ allowPositionals: true, options: { id: { type: 'string' } } });
	const [collection, title, lang] = positionals;
	if (!collection || !title || (collection === 'translation' && !lang)) {
		console.error('Usage: npm run new -- <collection> "<title>" [--id <id>]\n       npm run new -- translation <collection>/<id> <ko|ja>');
		process.exit(2);
	}
	try {
		const contentDir = join(import.meta.dirname, '..', 'content');
		const file =
			collection === 'translation' ? createTranslation(contentDir, title, lang) : createEntry(contentDir, collection, title, values.id);
		console.log(`Wrote ${file.slice(file.indexOf('content/'))}. Fill in every "${placeholderMarker}", then run npm run check.`);
	} catch (error) {
		console.error((error as Error).message);
		process.exit(1);
	}
}

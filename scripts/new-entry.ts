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
import { idPattern } from '../src/schema/reference.ts';
import { describeValue, isRequired } from './docs-fields.ts';
import { blockOfValue, collectionBlocks, schemaDocs, type FieldDoc, type SchemaDoc } from './field-docs.ts';


/** "My CRO Ltd." → "my-cro-ltd"; undefined when nothing ASCII is left (a Korean or Japanese title). */
export function idFromTitle(title: string): string | undefined {
	const id = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
	return id && idPattern.test(id) ? id : undefined;
}

const quote = (text: string) => JSON.stringify(text);

function fieldLines(field: FieldDoc, docs: Map<string, SchemaDoc>, indent: string, title: string): string[] {
	const comment = field.description ? [`${indent}# ${field.description}`] : [];
	const required = isRequired(field.source);
	const list = /^z\.array\(|^requiredSources/.test(field.source);
	const block = blockOfValue(field.source);
	// A partial place (a CRO's head office) asks only for the country.
	const children = block ? (docs.get(block)?.fields ?? []).filter((child) => !(block === 'placeSchema' && field.source.includes('partial') && child.name !== 'country')) : field.children;
	// Every entry should carry a source, even where the schema allows none: the template offers one.
	if (!required && field.name !== 'sources') return [...comment, `${indent}# ${field.name}: (optional) ${describeValue(field.source)}`];
	if (field.name === 'title' && indent === '') return [...comment, `title: ${quote(title)}`];
	if (children.length > 0) {
		const inner = children.flatMap((child) => fieldLines(child, docs, `${indent}    `, title));
		if (list) return [...comment, `${indent}${field.name}:`, `${indent}  -${inner.join('\n').slice(indent.length + 3)}`.split('\n')].flat();
		return [...comment, `${indent}${field.name}:`, ...children.flatMap((child) => fieldLines(child, docs, `${indent}  `, title))];
	}
	const what = describeValue(field.source).replace(/^a list; each item is (one of: )?/, 'one or more of: ');
	const placeholder = quote(`FILL IN: ${what === 'text' ? 'text, as the comment above says' : what}`);
	return [...comment, `${indent}${field.name}: ${list ? `[${placeholder}]` : placeholder}`];
}

export function template(collection: EntryCollection, title: string, docs: SchemaDoc[] = schemaDocs()): string {
	const byName = new Map(docs.map((doc) => [doc.name, doc]));
	const fields = new Map<string, FieldDoc>();
	for (const block of collectionBlocks[collection]) for (const field of byName.get(block)?.fields ?? []) fields.set(field.name, field);
	const lines = [...fields.values()].flatMap((field) => fieldLines(field, byName, '', title));
	return `---\n${lines.join('\n')}\n---\n\nFILL IN: the page, in plain Markdown. Say who this is for and what a founder should know, with a source for every fact. See CONTRIBUTING.md.\n`;
}

export function createEntry(contentDir: string, collection: string, title: string, id?: string): string {
	if (!entryCollections.includes(collection as EntryCollection)) throw new Error(`Unknown collection "${collection}". Use one of: ${entryCollections.join(', ')}.`);
	const entryId = id ?? idFromTitle(title);
	if (!entryId) throw new Error(`The title "${title}" has no Latin letters to make an id from. Give one with --id, e.g. --id chungbuk-technopark.`);
	if (!idPattern.test(entryId)) throw new Error(`"${entryId}" is not a valid id: use lower-case letters, digits and single hyphens, e.g. "my-cro".`);
	const file = join(contentDir, collection, `${entryId}.mdx`);
	if (existsSync(file)) throw new Error(`content/${collection}/${entryId}.mdx already exists; nothing was written. Edit it, or choose another --id.`);
	writeFileSync(file, template(collection as EntryCollection, title));
	return file;
}

if (import.meta.main) {
	const { values, positionals } = parseArgs({ allowPositionals: true, options: { id: { type: 'string' } } });
	const [collection, title] = positionals;
	if (!collection || !title) {
		console.error('Usage: npm run new -- <collection> "<title>" [--id <id>]');
		process.exit(2);
	}
	try {
		const file = createEntry(join(import.meta.dirname, '..', 'content'), collection, title, values.id);
		console.log(`Wrote ${file.slice(file.indexOf('content/'))}. Fill in every "FILL IN", then run npm run check.`);
	} catch (error) {
		console.error((error as Error).message);
		process.exit(1);
	}
}

/**
 * JSON Schema for every collection's frontmatter, from the zod schemas (zod 4's
 * `toJSONSchema`), with each field's TSDoc comment as its description, so an editor in VS Code
 * gets completion of vocabulary values and an explanation on hover. Written by
 * `npm run docs:fields` to schemas/<collection>.schema.json; a test keeps them current.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';
import { referenceFields } from '../src/check/reference-fields.ts';
import { collectionNames, entryCollections, glossaryFile, schemas, type CollectionName } from '../src/schema/index.ts';
import { blockOfValue, collectionBlocks, schemaDocs, type FieldDoc } from './field-docs.ts';

export const schemaDir = join(import.meta.dirname, '..', 'schemas');


interface JsonSchema {
	description?: string;
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	anyOf?: JsonSchema[];
	[key: string]: unknown;
}

function describe(schema: JsonSchema, fields: FieldDoc[], docs: Map<string, FieldDoc[]>) {
	for (const field of fields) {
		const property = schema.properties?.[field.name];
		if (!property) continue;
		if (field.description) property.description = field.description;
		const inner = field.children.length > 0 ? field.children : docs.get(blockOfValue(field.source) ?? '');
		const target = property.items ?? property;
		if (inner) describe(target, inner, docs);
	}
}

const contentDir = join(import.meta.dirname, '..', 'content');

/** The ids in content/ now, for completion. They go in `examples`, so a new entry never makes a schema invalid, only its suggestions a little out of date. */
export function currentIds(): Record<CollectionName, string[]> {
	const ids = Object.fromEntries(entryCollections.map((name) => [name, existsSync(join(contentDir, name)) ? readdirSync(join(contentDir, name)).filter((file) => /^[^.]+\.mdx$/.test(file)).map((file) => file.slice(0, -4)).sort() : []])) as Record<CollectionName, string[]>;
	const glossaryPath = join(contentDir, glossaryFile);
	ids.glossary = existsSync(glossaryPath) ? Object.keys((load(readFileSync(glossaryPath, 'utf8')) as object | null) ?? {}).sort() : [];
	return ids;
}

/** Adds the current ids as `examples` at every reference field of the schema. */
function suggestIds(json: JsonSchema, collection: CollectionName, ids: Record<CollectionName, string[]>) {
	for (const { path, target } of referenceFields(schemas[collection])) {
		if (target.kind !== 'entry') continue;
		let node: JsonSchema | undefined = json;
		for (const segment of path) node = segment === '*' ? node?.items : node?.properties?.[segment];
		if (node) node.examples = ids[target.collection];
	}
}

export function collectionJsonSchema(collection: CollectionName, ids: Record<CollectionName, string[]> = currentIds()): JsonSchema {
	const json = z.toJSONSchema(schemas[collection], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
	const docs = new Map(schemaDocs().map((doc) => [doc.name, doc.fields]));
	const fields = new Map<string, FieldDoc>();
	for (const block of collectionBlocks[collection]) for (const field of docs.get(block) ?? []) fields.set(field.name, field);
	describe(json, [...fields.values()], docs);
	suggestIds(json, collection, ids);
	if (collection === 'glossary') return { $schema: json.$schema, title: 'BioBridge glossary', description: 'Terms keyed by their id.', type: 'object', additionalProperties: { ...json, $schema: undefined } };
	return { ...json, title: `BioBridge ${collection} entry (frontmatter)` };
}

export function allJsonSchemas(ids: Record<CollectionName, string[]> = currentIds()): Record<string, string> {
	return Object.fromEntries(collectionNames.map((name) => [`${name}.schema.json`, `${JSON.stringify(collectionJsonSchema(name, ids), null, 2)}\n`]));
}

/** A schema without its id suggestions: what must match the code, whatever content was added since. */
export function withoutExamples(text: string): unknown {
	return JSON.parse(text, (key, value) => (key === 'examples' ? undefined : value));
}

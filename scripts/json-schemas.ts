/**
 * JSON Schema for every collection's frontmatter, from the zod schemas (zod 4's
 * `toJSONSchema`), with each field's TSDoc comment as its description, so an editor in VS Code
 * gets completion of vocabulary values and an explanation on hover. Written by
 * `npm run docs:fields` to schemas/<collection>.schema.json; a test keeps them current.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';
import { listContentFiles } from '../src/check/content-files.ts';
import { collectionNames, entryCollections, glossaryFile, schemas, type CollectionName } from '../src/schema/index.ts';
import { referenceFields, valueKind, type Field } from '../src/schema/walk.ts';
import { describer } from './field-docs.ts';

export const schemaDir = join(import.meta.dirname, '..', 'schemas');

interface JsonSchema {
	description?: string;
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	anyOf?: JsonSchema[];
	[key: string]: unknown;
}

/** Puts each field's TSDoc description on its JSON Schema property, following the zod schema's own shape. */
function describe(json: JsonSchema, fields: Field[], block: string | undefined, prefix: readonly string[] = []) {
	for (const field of fields) {
		const property = json.properties?.[field.name];
		if (!property) continue;
		const path = [...prefix, field.name];
		const text = descriptionOf(block, path) || field.description;
		if (text) property.description = text;
		let value = field.value;
		let target = property;
		if (value.kind === 'list') {
			value = value.item;
			target = property.items ?? property;
		}
		if (value.kind === 'object') describe(target, value.fields, value.block ?? block, value.block ? [] : path);
	}
}

const descriptionOf = describer();

const contentDir = join(import.meta.dirname, '..', 'content');

/** The ids in content/ now, for completion. They go in `examples`, so a new entry never makes a schema invalid, only its suggestions a little out of date. */
export function currentIds(): Record<CollectionName, string[]> {
	const entries = existsSync(contentDir) ? listContentFiles(contentDir).files.filter((file) => file.kind === 'entry') : [];
	const ids = Object.fromEntries(
		entryCollections.map((name) => [
			name,
			entries
				.filter((file) => file.collection === name)
				.map((file) => file.id)
				.sort(),
		]),
	) as Record<CollectionName, string[]>;
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

/**
 * zod writes `format: uri`, which allows ASCII only, but a source may be a Korean address
 * (law.go.kr/법령/…): addresses are described as https:// followed by no space instead.
 */
function httpsAddresses(json: JsonSchema): JsonSchema {
	return JSON.parse(JSON.stringify(json), (_, value: unknown) => {
		if (typeof value !== 'object' || value === null || (value as JsonSchema).format !== 'uri') return value;
		const rest: JsonSchema = { ...(value as JsonSchema), pattern: '^https://\\S+$' };
		delete rest.format;
		return rest;
	}) as JsonSchema;
}

export function collectionJsonSchema(collection: CollectionName, ids: Record<CollectionName, string[]> = currentIds()): JsonSchema {
	const json = httpsAddresses(z.toJSONSchema(schemas[collection], { io: 'input', unrepresentable: 'any' }) as JsonSchema);
	const root = valueKind(schemas[collection]);
	if (root.kind === 'object') describe(json, root.fields, root.block);
	suggestIds(json, collection, ids);
	if (collection === 'glossary')
		return {
			$schema: json.$schema,
			title: 'BioBridge glossary',
			description: 'Terms keyed by their id.',
			type: 'object',
			additionalProperties: { ...json, $schema: undefined },
		};
	return { ...json, title: `BioBridge ${collection} entry (frontmatter)` };
}

export function allJsonSchemas(ids: Record<CollectionName, string[]> = currentIds()): Record<string, string> {
	return Object.fromEntries(
		collectionNames.map((name) => [`${name}.schema.json`, `${JSON.stringify(collectionJsonSchema(name, ids), null, 2)}\n`]),
	);
}

/** A schema without its id suggestions: what must match the code, whatever content was added since. */
export function withoutExamples(text: string): unknown {
	return JSON.parse(text, (key, value) => (key === 'examples' ? undefined : value));
}

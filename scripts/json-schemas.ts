/**
 * JSON Schema for every collection's frontmatter, from the zod schemas (zod 4's
 * `toJSONSchema`), with each field's TSDoc comment as its description, so an editor in VS Code
 * gets completion of vocabulary values and an explanation on hover. Written by
 * `npm run docs:fields` to schemas/<collection>.schema.json; a test keeps them current.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { collectionNames, schemas, type CollectionName } from '../src/schema/index.ts';
import { schemaDocs, type FieldDoc } from './field-docs.ts';

export const schemaDir = join(import.meta.dirname, '..', 'schemas');

const blocks: Record<CollectionName, string[]> = {
	paths: ['entryFields', 'pathSchema'],
	cros: ['entryFields', 'croSchema'],
	institutions: ['entryFields', 'institutionSchema'],
	zones: ['entryFields', 'zoneSchema'],
	benefits: ['entryFields', 'benefitSchema'],
	glossary: ['termSchema'],
};
const nested: Record<string, string> = { steps: 'stepSchema', supports: 'supportSchema', sources: 'sourceSchema', sites: 'placeSchema', headquarters: 'placeSchema', duration: 'durationSchema', fee: 'feeSchema' };

type JsonSchema = { description?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; [key: string]: unknown };

function describe(schema: JsonSchema, fields: FieldDoc[], docs: Map<string, FieldDoc[]>) {
	for (const field of fields) {
		const property = schema.properties?.[field.name];
		if (!property) continue;
		if (field.description) property.description = field.description;
		const inner = field.children.length > 0 ? field.children : docs.get(nested[field.name] ?? '');
		const target = property.items ?? property;
		if (inner) describe(target, inner, docs);
	}
}

export function collectionJsonSchema(collection: CollectionName): JsonSchema {
	const json = z.toJSONSchema(schemas[collection], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
	const docs = new Map(schemaDocs().map((doc) => [doc.name, doc.fields]));
	const fields = new Map<string, FieldDoc>();
	for (const block of blocks[collection]) for (const field of docs.get(block) ?? []) fields.set(field.name, field);
	describe(json, [...fields.values()], docs);
	if (collection === 'glossary') return { $schema: json.$schema, title: 'BioBridge glossary', description: 'Terms keyed by their id.', type: 'object', additionalProperties: { ...json, $schema: undefined } };
	return { ...json, title: `BioBridge ${collection} entry (frontmatter)` };
}

export function allJsonSchemas(): Record<string, string> {
	return Object.fromEntries(collectionNames.map((name) => [`${name}.schema.json`, `${JSON.stringify(collectionJsonSchema(name), null, 2)}\n`]));
}

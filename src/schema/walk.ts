/**
 * The one walk over the zod schemas. It tells, for every field, whether it is required and what
 * kind of value it takes: a reference (and to what), a choice from a vocabulary, a date, an
 * address, a list, or an object built by a documented block (a step, a source, a fee…). The
 * checker finds reference fields and known keys with it; the field reference, the new-entry
 * templates and the JSON Schemas describe fields with it.
 */
import { z } from 'zod';
import { referenceTargets, type ReferenceTarget } from './reference.ts';

/** The name under which a factory's product is documented (its TSDoc in src/schema), e.g. `stepSchema`. */
export const schemaBlocks = z.registry<{ block: string }>();

export type ValueKind =
	| { kind: 'object'; block?: string; fields: Field[] }
	| { kind: 'list'; item: ValueKind }
	/** Entries under ids of their own (the route finder's questions and outcomes). */
	| { kind: 'map'; item: ValueKind }
	| { kind: 'reference'; target: ReferenceTarget }
	| { kind: 'choice'; values: string[] }
	| { kind: 'date' }
	| { kind: 'url' }
	| { kind: 'number' }
	| { kind: 'boolean' }
	| { kind: 'text' };

export interface Field {
	name: string;
	required: boolean;
	value: ValueKind;
	/** What the field is for, where the schema carries it (`.describe()`): fields made per language have no TSDoc comment of their own. */
	description?: string;
}

interface Def {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	valueType?: z.ZodType;
	innerType?: z.ZodType;
	in?: z.ZodType;
	options?: readonly z.ZodType[];
	entries?: Record<string, string>;
	format?: string;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers that change whether a value is required, or what happens to it, but not its kind. */
const optionalWrappers = new Set(['optional', 'default', 'prefault']);
const transparentWrappers = new Set(['nullable', 'readonly', 'catch', 'nonoptional']);

/** The schema inside its wrappers, and whether a value may be left out. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean } {
	let inner = schema;
	let required = true;
	for (;;) {
		if (referenceTargets.has(inner) || schemaBlocks.has(inner)) return { inner, required };
		const def = defOf(inner);
		if (optionalWrappers.has(def.type) && def.innerType) required = false;
		if ((optionalWrappers.has(def.type) || transparentWrappers.has(def.type)) && def.innerType) inner = def.innerType;
		else if (def.type === 'pipe' && def.in) inner = def.in;
		else return { inner, required };
	}
}

/** What kind of value `schema` takes. */
export function valueKind(schema: z.ZodType): ValueKind {
	const { inner } = unwrap(schema);
	const target = referenceTargets.get(inner);
	if (target) return { kind: 'reference', target };
	const def = defOf(inner);
	switch (def.type) {
		case 'object':
			return { kind: 'object', block: schemaBlocks.get(inner)?.block, fields: fieldsOf(inner) };
		case 'array':
			return { kind: 'list', item: def.element ? valueKind(def.element) : { kind: 'text' } };
		case 'record':
			return { kind: 'map', item: def.valueType ? valueKind(def.valueType) : { kind: 'text' } };
		case 'enum':
			return { kind: 'choice', values: Object.values(def.entries ?? {}) };
		case 'date':
			return { kind: 'date' };
		case 'number':
			return { kind: 'number' };
		case 'boolean':
			return { kind: 'boolean' };
		case 'union': {
			// A date may be written as a date or as its text (YYYY-MM-DD): both mean a date.
			const kinds = (def.options ?? []).map(valueKind);
			return kinds.length > 0 && kinds.every((kind) => kind.kind === 'date') ? { kind: 'date' } : (kinds[0] ?? { kind: 'text' });
		}
		case 'string':
			return def.format === 'url' ? { kind: 'url' } : def.format === 'date' ? { kind: 'date' } : { kind: 'text' };
		default:
			return { kind: 'text' };
	}
}

/** The fields of an object schema, in their written order. */
export function fieldsOf(schema: z.ZodType): Field[] {
	const def = defOf(unwrap(schema).inner);
	return Object.entries(def.shape ?? {}).map(([name, child]) => {
		const description = z.globalRegistry.get(child)?.description;
		return { name, required: unwrap(child).required, value: valueKind(child), ...(description ? { description } : {}) };
	});
}

/** The kind of value at `path` (field names and list positions), if the schema has one there. */
export function kindAt(schema: z.ZodType, path: readonly (string | number)[]): ValueKind | undefined {
	let value: ValueKind | undefined = valueKind(schema);
	for (const segment of path) {
		if (value?.kind === 'list' || value?.kind === 'map') value = value.item;
		else if (value?.kind === 'object') value = value.fields.find((field) => field.name === String(segment))?.value;
		else return undefined;
	}
	return value;
}

/** A path into an entry's data; `*` stands for every item of a list. */
export type FieldPath = readonly (string | '*')[];

/** Every field that names another entry, a step or a source, with its target. */
export function referenceFields(schema: z.ZodType): { path: FieldPath; target: ReferenceTarget }[] {
	const found: { path: FieldPath; target: ReferenceTarget }[] = [];
	const visit = (value: ValueKind, path: FieldPath) => {
		if (value.kind === 'reference') found.push({ path, target: value.target });
		else if (value.kind === 'list') visit(value.item, [...path, '*']);
		else if (value.kind === 'object') for (const field of value.fields) visit(field.value, [...path, field.name]);
	};
	visit(valueKind(schema), []);
	return found;
}

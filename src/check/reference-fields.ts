/**
 * Finds every field of a schema that names another entry or a step, by walking the zod schema
 * built with `markedReferences`. The checker reads references through this list, so a new
 * reference field in src/schema is checked without touching the checker.
 */
import type { z } from 'zod';
import { referenceTargets, type ReferenceTarget } from '../schema/reference.ts';

/** A path into an entry's data; `*` stands for every item of a list. */
export type FieldPath = readonly (string | '*')[];

export interface ReferenceField {
	path: FieldPath;
	target: ReferenceTarget;
}

interface Def {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	innerType?: z.ZodType;
	in?: z.ZodType;
	out?: z.ZodType;
	options?: readonly z.ZodType[];
}

export function referenceFields(schema: z.ZodType): ReferenceField[] {
	const found: ReferenceField[] = [];
	const visit = (node: z.ZodType, path: FieldPath) => {
		const target = referenceTargets.get(node);
		if (target) {
			found.push({ path, target });
			return;
		}
		const def = (node as unknown as { _zod: { def: Def } })._zod.def;
		switch (def.type) {
			case 'object':
				for (const [key, child] of Object.entries(def.shape ?? {})) visit(child, [...path, key]);
				break;
			case 'array':
				if (def.element) visit(def.element, [...path, '*']);
				break;
			case 'optional':
			case 'nullable':
			case 'default':
			case 'prefault':
			case 'readonly':
			case 'catch':
				if (def.innerType) visit(def.innerType, path);
				break;
			case 'pipe':
				if (def.in) visit(def.in, path);
				if (def.out) visit(def.out, path);
				break;
			case 'union':
				for (const option of def.options ?? []) visit(option, path);
				break;
		}
	};
	visit(schema, []);
	return found;
}

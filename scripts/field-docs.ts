/**
 * Reads the TSDoc comment of every field in src/schema/*.ts (with oxc-parser, which keeps
 * comments and positions), so the editor's field reference, the new-entry templates and the
 * JSON Schemas all say what the schema's own comments say.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'oxc-parser';
import type { CollectionName } from '../src/schema/collections.ts';

/** The building blocks of each collection's data, in the order an editor reads them. */
export const collectionBlocks: Record<CollectionName, readonly string[]> = {
	paths: ['entryFields', 'pathSchema'],
	cros: ['entryFields', 'croSchema'],
	institutions: ['entryFields', 'institutionSchema'],
	zones: ['entryFields', 'zoneSchema'],
	benefits: ['entryFields', 'benefitSchema'],
	questions: ['entryFields', 'questionSchema'],
	glossary: ['termSchema'],
};

/** Factories whose call in a field's zod expression means "this value is that block". */
const blockFactories: Record<string, string> = { sourceSchema: 'sourceSchema', requiredSources: 'sourceSchema', placeSchema: 'placeSchema', stepSchema: 'stepSchema', supportSchema: 'supportSchema', durationSchema: 'durationSchema', feeSchema: 'feeSchema', languageClaimSchema: 'languageClaimSchema' };

/** The block a field's value is built from (e.g. `sourceSchema` for `z.array(sourceSchema())`), if any. */
export function blockOfValue(source: string): string | undefined {
	const factory = Object.keys(blockFactories).find((name) => source.includes(`${name}(`));
	return factory && blockFactories[factory];
}

export interface FieldDoc {
	name: string;
	/** The comment, as one paragraph. */
	description: string;
	/** The field's zod expression, for its kind and whether it is required. */
	source: string;
	/** Fields of an object written in place (e.g. a zone's `period`). */
	children: FieldDoc[];
}

export interface SchemaDoc {
	/** The exported name, e.g. `pathSchema` or `entryFields`. */
	name: string;
	file: string;
	description: string;
	fields: FieldDoc[];
}

interface Node {
	type: string;
	start: number;
	end: number;
	[key: string]: unknown;
}

const schemaDir = join(import.meta.dirname, '..', 'src', 'schema');

const clean = (comment: string) =>
	comment
		.replace(/^\*/, '')
		.split('\n')
		.map((line) => line.replace(/^\s*\*\s?/, '').trim())
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();

function docsOf(source: string, file: string): SchemaDoc[] {
	const { program, comments } = parseSync(file, source);
	const blocks = comments.filter((comment) => comment.type === 'Block' && comment.value.startsWith('*'));
	/** The doc comment that ends right before `start`, with only white space between. */
	const commentBefore = (start: number) => {
		const comment = blocks.findLast((block) => block.end <= start);
		return comment && source.slice(comment.end, start).trim() === '' ? clean(comment.value) : '';
	};
	const objectFields = (node: Node): FieldDoc[] => {
		const properties = (node.properties as Node[]).filter((property) => property.type === 'Property');
		return properties.map((property) => {
			const key = property.key as Node & { name?: string; value?: string };
			const value = property.value as Node;
			return { name: String(key.name ?? key.value), description: commentBefore(property.start), source: source.slice(value.start, value.end), children: nestedObject(value) };
		});
	};
	/** The first object literal passed to z.strictObject/z.object inside an expression, if any. */
	const nestedObject = (node: Node): FieldDoc[] => {
		let found: FieldDoc[] = [];
		const visit = (current: unknown): boolean => {
			if (!current || typeof current !== 'object') return false;
			const n = current as Node;
			if (n.type === 'CallExpression') {
				const callee = n.callee as Node & { property?: { name?: string } };
				const argument = (n.arguments as Node[])[0];
				if (callee.property?.name && /^(strictObject|object)$/.test(callee.property.name) && argument?.type === 'ObjectExpression') {
					found = objectFields(argument);
					return true;
				}
			}
			for (const [key, child] of Object.entries(n)) {
				if (key === 'parent') continue;
				if (Array.isArray(child) ? child.some(visit) : visit(child)) return true;
			}
			return false;
		};
		visit(node);
		return found;
	};

	const docs: SchemaDoc[] = [];
	for (const statement of program.body as unknown as Node[]) {
		if (statement.type !== 'ExportNamedDeclaration') continue;
		const declaration = statement.declaration as Node | null;
		if (declaration?.type !== 'VariableDeclaration') continue;
		for (const declarator of declaration.declarations as Node[]) {
			const name = (declarator.id as Node & { name: string }).name;
			const init = declarator.init as Node;
			const fields = init.type === 'ObjectExpression' ? objectFields(init) : nestedObject(init);
			// Schema building blocks only (`pathSchema`, `entryFields`), not helpers such as `markedReferences`.
			if (fields.length > 0 && /(Schema|Fields)$/.test(name)) docs.push({ name, file, description: commentBefore(statement.start), fields });
		}
	}
	return docs;
}

/** Every documented schema building block in src/schema, file by file. */
export function schemaDocs(): SchemaDoc[] {
	return readdirSync(schemaDir)
		.filter((file) => file.endsWith('.ts'))
		.sort()
		.flatMap((file) => docsOf(readFileSync(join(schemaDir, file), 'utf8'), file));
}

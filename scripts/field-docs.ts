/**
 * Reads the TSDoc comment of every field in src/schema/*.ts (with oxc-parser, which keeps
 * comments and positions), so the editor's field reference, the new-entry templates and the
 * JSON Schemas all say what the schema's own comments say. What each field takes (required or
 * not, a reference, a choice, a block) comes from the schemas themselves (src/schema/walk.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'oxc-parser';

/** Where fields a block takes from elsewhere are documented: a collection's common fields under `entryFields`, a translation's under its parts. */
const sharedBlocks = (block: string) =>
	block === 'translationSchema'
		? [
				'translatedEntryFields',
				'translatedPathFields',
				'translatedBenefitFields',
				'translatedZoneFields',
				'translatedCroFields',
				'translatedInstitutionFields',
				'translatedPrecedentFields',
			]
		: ['entryFields'];

export interface FieldDoc {
	name: string;
	/** The comment, as one paragraph. */
	description: string;
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
			return { name: String(key.name ?? key.value), description: commentBefore(property.start), children: nestedObject(value) };
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
			if (fields.length > 0 && /(Schema|Fields)$/.test(name))
				docs.push({ name, file, description: commentBefore(statement.start), fields });
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

/**
 * The description of the field at `path` (names of nested fields written in place, e.g.
 * `['period', 'from']`) in the object built by `block`; a collection's common fields are looked
 * up under `entryFields` when the block does not document them.
 */
export function describer(docs: SchemaDoc[] = schemaDocs()): (block: string | undefined, path: readonly string[]) => string {
	const byName = new Map(docs.map((doc) => [doc.name, doc.fields]));
	const find = (fields: FieldDoc[] | undefined, path: readonly string[]): string | undefined => {
		const [head, ...rest] = path;
		const field = fields?.find((candidate) => candidate.name === head);
		return rest.length === 0 ? field?.description : find(field?.children, rest);
	};
	return (block, path) => {
		if (block === undefined) return '';
		for (const name of [block, ...sharedBlocks(block)]) {
			const found = find(byName.get(name), path);
			if (found) return found;
		}
		return '';
	};
}

/** The block's own comment: what the object is. */
export function blockDescription(block: string, docs: SchemaDoc[] = schemaDocs()): string {
	return docs.find((doc) => doc.name === block)?.description ?? '';
}

/**
 * Everything the checker can learn from one file alone: its data, its schema problems, its
 * references (with positions) and its body. The result depends only on the file's text, so it
 * is what the cache keeps.
 */
import type { z } from 'zod';
import { schemas } from '../schema/index.ts';
import type { ReferenceTarget } from '../schema/reference.ts';
import { readBody, type BodyFacts } from './body.ts';
import type { ContentFile } from './content-files.ts';
import { diagnostic, type Diagnostic, type Position } from './diagnostic.ts';
import { parseYaml, splitFrontmatter, type DataPath, type ParsedYaml } from './frontmatter.ts';
import { referenceFields, type FieldPath } from './reference-fields.ts';
import { schemaDiagnostics } from './rules/schema.ts';

export interface ReferenceRecord {
	path: DataPath;
	value: string;
	target: ReferenceTarget;
	at: Position;
}

export interface EntryRecord {
	collection: ContentFile['collection'];
	id: string;
	file: string;
	kind: ContentFile['kind'];
	lang?: string;
	/** Where the entry starts: line 1 of its file, or its key in the glossary. */
	at: Position;
	/** True when the schema accepted the data. */
	valid: boolean;
	/** Written with `draft: true`: no page is published for it. */
	draft: boolean;
	/** The top-level fields written in the frontmatter. */
	keys: string[];
	/** `reviewed` as YYYY-MM-DD, when it is a date. */
	reviewed?: { date: string; at: Position };
	references: ReferenceRecord[];
	/** The entry's step ids, in order, with positions (paths only). */
	steps: { id: string; index: number; at: Position }[];
	body?: BodyFacts;
}

export interface FileResult {
	diagnostics: Diagnostic[];
	entries: EntryRecord[];
}

const fieldsByCollection = new Map(Object.entries(schemas).map(([name, schema]) => [name, referenceFields(schema)]));

/** Concrete paths of an abstract field path (`steps.*.after.*`) in `data`. */
function expand(data: unknown, path: FieldPath, prefix: DataPath = []): { path: DataPath; value: unknown }[] {
	if (path.length === 0) return [{ path: prefix, value: data }];
	if (typeof data !== 'object' || data === null) return [];
	const [head, ...rest] = path;
	if (head === '*') return Array.isArray(data) ? data.flatMap((item, index) => expand(item, rest, [...prefix, index])) : [];
	return expand((data as Record<string, unknown>)[head], rest, [...prefix, head]);
}

function describeEntry(
	content: ContentFile,
	id: string,
	raw: unknown,
	schema: z.ZodType,
	yaml: ParsedYaml,
	pathPrefix: DataPath,
	diagnostics: Diagnostic[],
): EntryRecord {
	const locate = (path: DataPath) => yaml.locate([...pathPrefix, ...path]);
	const result = schema.safeParse(raw);
	if (!result.success) diagnostics.push(...schemaDiagnostics(result.error.issues, { file: content.file, data: raw, schema, locate: yaml.locate, pathPrefix }));
	const object = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
	const references: ReferenceRecord[] = [];
	for (const field of fieldsByCollection.get(content.collection) ?? []) {
		for (const { path, value } of expand(raw, field.path)) {
			if (typeof value === 'string') references.push({ path, value, target: field.target, at: locate(path) });
		}
	}
	const reviewedValue = result.success ? (result.data as { reviewed?: unknown }).reviewed : undefined;
	return {
		collection: content.collection,
		id,
		file: content.file,
		kind: content.kind,
		lang: content.lang,
		at: pathPrefix.length > 0 ? yaml.locate(pathPrefix) : { line: 1, column: 1 },
		valid: result.success,
		draft: object.draft === true,
		keys: Object.keys(object),
		reviewed: reviewedValue instanceof Date && !Number.isNaN(reviewedValue.getTime()) ? { date: reviewedValue.toISOString().slice(0, 10), at: locate(['reviewed']) } : undefined,
		references,
		steps: Array.isArray(object.steps)
			? object.steps.flatMap((step: unknown, index: number) =>
					typeof step === 'object' && step !== null && typeof (step as { id?: unknown }).id === 'string' ? [{ id: (step as { id: string }).id, index, at: locate(['steps', index, 'id']) }] : [],
				)
			: [],
	};
}

/** The fields a translation may set; everything else belongs to the base entry. */
export const translatableFields = new Set(['title', 'summary', 'reviewed', 'changes', 'draft']);

export function parseFile(content: ContentFile, text: string): FileResult {
	const diagnostics: Diagnostic[] = [];

	if (content.kind === 'glossary') {
		const yaml = parseYaml(text, 1);
		for (const error of yaml.errors) diagnostics.push(diagnostic(error.message.includes('unique') ? 'duplicate-id' : 'frontmatter-syntax', content.file, error.at, `The glossary is not valid YAML: ${error.message}`, error.message.includes('unique') ? 'Each term id may appear once: merge the two terms or rename one.' : 'Check indentation (two spaces) and that text with a colon is in quotes.'));
		if (yaml.errors.length > 0) return { diagnostics, entries: [] };
		if (typeof yaml.data !== 'object' || yaml.data === null || Array.isArray(yaml.data)) {
			diagnostics.push(diagnostic('frontmatter-syntax', content.file, { line: 1, column: 1 }, 'The glossary must be a map of term ids to terms.', 'Start each term with its id and a colon at the start of a line, e.g. `asrm:`.'));
			return { diagnostics, entries: [] };
		}
		const entries = Object.entries(yaml.data).map(([id, raw]) => {
			if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) diagnostics.push(diagnostic('invalid-file-name', content.file, yaml.locate([id]), `The term id \`${id}\` is not a valid id.`, 'Use lower-case ASCII letters, digits and single hyphens.'));
			return describeEntry({ ...content, id }, id, raw, schemas.glossary, yaml, [id], diagnostics);
		});
		return { diagnostics, entries };
	}

	const split = splitFrontmatter(text);
	if (split.yaml === undefined) {
		diagnostics.push(diagnostic('frontmatter-syntax', content.file, { line: 1, column: 1 }, 'The file has no frontmatter.', 'Start the file with a line `---`, the fields, and another line `---`; copy an existing entry.'));
		return { diagnostics, entries: [] };
	}
	const yaml = parseYaml(split.yaml, split.yamlLine);
	// One YAML mistake often produces several parser errors; the first is the one to fix.
	const [yamlError] = yaml.errors;
	if (yamlError) diagnostics.push(diagnostic('frontmatter-syntax', content.file, yamlError.at, `The frontmatter is not valid YAML: ${yamlError.message}`, 'Check indentation (two spaces) and put text that contains a colon in quotes.'));
	const body = readBody(text, content.file);
	diagnostics.push(...body.diagnostics);
	if (yamlError) {
		// The entry still exists, so references to it are not reported as well.
		return { diagnostics, entries: [{ collection: content.collection, id: content.id, file: content.file, kind: content.kind, lang: content.lang, at: { line: 1, column: 1 }, valid: false, draft: false, keys: [], references: [], steps: [] }] };
	}

	if (content.kind === 'translation') {
		const object = typeof yaml.data === 'object' && yaml.data !== null ? (yaml.data as Record<string, unknown>) : {};
		for (const key of Object.keys(object).filter((k) => !translatableFields.has(k))) {
			diagnostics.push(diagnostic('translation-redefines-data', content.file, yaml.locate([key]), `A translation sets \`${key}\`, which belongs to the base entry \`${content.id}.mdx\`.`, `Remove \`${key}\` here; a translation holds only ${[...translatableFields].join(', ')} and the body.`));
		}
		return {
			diagnostics,
			entries: [{ collection: content.collection, id: content.id, file: content.file, kind: 'translation', lang: content.lang, at: { line: 1, column: 1 }, valid: true, draft: false, keys: Object.keys(object), references: [], steps: [], body: body.facts }],
		};
	}

	const schema = schemas[content.collection];
	const entry = describeEntry(content, content.id, yaml.data ?? {}, schema, yaml, [], diagnostics);
	entry.body = body.facts;
	return { diagnostics, entries: [entry] };
}

/**
 * Everything the checker can learn from one file alone: its data, its schema problems, its
 * references (with positions) and its body. The result depends only on the file's text, so it
 * is what the cache keeps.
 */
import type { z } from 'zod';
import { schemas } from '../schema/index.ts';
import { idPattern, type ReferenceTarget } from '../schema/reference.ts';
import { readBody, type BodyFacts } from './body.ts';
import type { ContentFile } from './content-files.ts';
import { diagnostic, type Diagnostic, type Position } from './diagnostic.ts';
import { fieldPositions, loadYaml, splitFrontmatter, type DataPath } from './frontmatter.ts';
import { referenceFields, type FieldPath } from './reference-fields.ts';
import { fieldName, schemaDiagnostics } from './rules/schema.ts';

/** Positions are not stored: finding them costs a second YAML parse, done only for files with a problem (see locator.ts). */
export interface ReferenceRecord {
	path: DataPath;
	value: string;
	target: ReferenceTarget;
}

/** A figure's `source`: a 1-based number or a key, resolved against the entry's own `sources`. */
export interface SourceReferenceRecord {
	path: DataPath;
	value: string | number;
}

export interface EntryRecord {
	collection: ContentFile['collection'];
	id: string;
	file: string;
	kind: ContentFile['kind'];
	lang?: string;
	/** Where the entry's data sits in its file: `[]` for an MDX file, `[termId]` in the glossary. */
	pathPrefix: DataPath;
	/** True when the schema accepted the data. */
	valid: boolean;
	/** Written with `draft: true`: no page is published for it. */
	draft: boolean;
	/** The top-level fields written in the frontmatter. */
	keys: string[];
	/** `reviewed` as YYYY-MM-DD, when it is a date. */
	reviewed?: string;
	references: ReferenceRecord[];
	sourceReferences: SourceReferenceRecord[];
	/** The `key` of each of the entry's sources, in order (null where a source has none). */
	sourceKeys: (string | null)[];
	/** The entry's step ids, in order, with positions (paths only). */
	steps: { id: string; index: number }[];
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

/** Text that `npm run new` writes into a field for the editor to replace. */
export const placeholderPrefix = 'FILL IN';

/** Every place in `data` that still holds a template placeholder. */
function placeholders(data: unknown, path: DataPath = []): { path: DataPath; text: string }[] {
	if (typeof data === 'string') return data.startsWith(placeholderPrefix) ? [{ path, text: data }] : [];
	if (Array.isArray(data)) return data.flatMap((item, index) => placeholders(item, [...path, index]));
	if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => placeholders(value, [...path, key]));
	return [];
}

function describeEntry(content: ContentFile, id: string, raw: unknown, schema: z.ZodType, locator: () => (path: DataPath) => Position, pathPrefix: DataPath, diagnostics: Diagnostic[]): EntryRecord {
	const result = schema.safeParse(raw);
	const unfilled = placeholders(raw);
	for (const { path, text } of unfilled) {
		diagnostics.push(diagnostic('unfilled-placeholder', content.file, locator()([...pathPrefix, ...path]), `\`${fieldName(path)}\` still holds the template's text: "${text.slice(0, 80)}".`, `Replace it with the real value${text.includes(':') ? ` (${text.slice(text.indexOf(':') + 1).trim()})` : ''}, or delete the line if the field is optional.`));
	}
	// A field that still holds a placeholder is reported once, as unfilled, not also as invalid.
	const isUnfilled = (issuePath: readonly PropertyKey[]) => unfilled.some(({ path }) => path.every((segment, index) => issuePath[index] === segment));
	if (!result.success) {
		const issues = result.error.issues.filter((issue) => !isUnfilled(issue.path));
		diagnostics.push(...schemaDiagnostics(issues, { file: content.file, data: raw, schema, locate: locator(), pathPrefix }));
	}
	const object = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
	const references: ReferenceRecord[] = [];
	const sourceReferences: SourceReferenceRecord[] = [];
	for (const field of fieldsByCollection.get(content.collection) ?? []) {
		for (const { path, value } of expand(raw, field.path)) {
			if (field.target.kind === 'source') {
				if (typeof value === 'number' || (typeof value === 'string' && !value.startsWith(placeholderPrefix))) sourceReferences.push({ path, value });
			}
			// A placeholder is reported as unfilled, not also as a reference to nothing.
			else if (typeof value === 'string' && !value.startsWith(placeholderPrefix)) references.push({ path, value, target: field.target });
		}
	}
	const sourceKeys = Array.isArray(object.sources) ? object.sources.map((source: unknown) => (typeof source === 'object' && source !== null && typeof (source as { key?: unknown }).key === 'string' ? (source as { key: string }).key : null)) : [];
	const reviewed = result.success ? (result.data as { reviewed?: unknown }).reviewed : undefined;
	return {
		collection: content.collection,
		id,
		file: content.file,
		kind: content.kind,
		lang: content.lang,
		pathPrefix,
		valid: result.success,
		draft: object.draft === true,
		keys: Object.keys(object),
		reviewed: reviewed instanceof Date && !Number.isNaN(reviewed.getTime()) ? reviewed.toISOString().slice(0, 10) : undefined,
		references,
		sourceReferences,
		sourceKeys,
		steps: Array.isArray(object.steps)
			? object.steps.flatMap((step: unknown, index: number) => (typeof step === 'object' && step !== null && typeof (step as { id?: unknown }).id === 'string' ? [{ id: (step as { id: string }).id, index }] : []))
			: [],
	};
}

/** The fields a translation may set; everything else belongs to the base entry. */
export const translatableFields = new Set(['title', 'summary', 'reviewed', 'changes', 'draft']);

const emptyEntry = (content: ContentFile, valid: boolean, keys: string[] = [], body?: BodyFacts): EntryRecord => ({
	collection: content.collection,
	id: content.id,
	file: content.file,
	kind: content.kind,
	lang: content.lang,
	pathPrefix: [],
	valid,
	draft: false,
	keys,
	references: [],
	sourceReferences: [],
	sourceKeys: [],
	steps: [],
	body,
});

export function parseFile(content: ContentFile, text: string): FileResult {
	const diagnostics: Diagnostic[] = [];

	if (content.kind === 'glossary') {
		const loaded = loadYaml(text, 1);
		if (loaded.error) {
			const duplicate = /duplicat|unique/i.test(loaded.error.message);
			diagnostics.push(diagnostic(duplicate ? 'duplicate-id' : 'frontmatter-syntax', content.file, loaded.error.at, `The glossary is not valid YAML: ${loaded.error.message}`, duplicate ? 'Each term id may appear once: merge the two terms or rename one.' : 'Check indentation (two spaces) and put text that contains a colon in quotes.'));
			return { diagnostics, entries: [] };
		}
		if (typeof loaded.data !== 'object' || loaded.data === null || Array.isArray(loaded.data)) {
			diagnostics.push(diagnostic('frontmatter-syntax', content.file, { line: 1, column: 1 }, 'The glossary must be a map of term ids to terms.', 'Start each term with its id and a colon at the start of a line, e.g. `asrm:`.'));
			return { diagnostics, entries: [] };
		}
		let positions: ((path: DataPath) => Position) | undefined;
		const locator = () => (positions ??= fieldPositions(text, true));
		const entries = Object.entries(loaded.data).map(([id, raw]) => {
			if (!idPattern.test(id)) diagnostics.push(diagnostic('invalid-file-name', content.file, locator()([id]), `The term id \`${id}\` is not a valid id.`, 'Use lower-case ASCII letters, digits and single hyphens.'));
			return describeEntry({ ...content, id }, id, raw, schemas.glossary, locator, [id], diagnostics);
		});
		return { diagnostics, entries };
	}

	const split = splitFrontmatter(text);
	if (split.yaml === undefined) {
		diagnostics.push(diagnostic('frontmatter-syntax', content.file, { line: 1, column: 1 }, 'The file has no frontmatter.', 'Start the file with a line `---`, the fields, and another line `---`; copy an existing entry.'));
		return { diagnostics, entries: [] };
	}
	const loaded = loadYaml(split.yaml, split.yamlLine);
	if (loaded.error) diagnostics.push(diagnostic('frontmatter-syntax', content.file, loaded.error.at, `The frontmatter is not valid YAML: ${loaded.error.message}`, 'Check indentation (two spaces) and put text that contains a colon in quotes.'));
	const body = readBody(text, content.file);
	diagnostics.push(...body.diagnostics);
	// A file with broken YAML still declares its entry, so references to it are not reported too.
	if (loaded.error) return { diagnostics, entries: [emptyEntry(content, false)] };

	let positions: ((path: DataPath) => Position) | undefined;
	const locator = () => (positions ??= fieldPositions(text, false));

	if (content.kind === 'translation') {
		const object = typeof loaded.data === 'object' && loaded.data !== null ? (loaded.data as Record<string, unknown>) : {};
		for (const key of Object.keys(object).filter((k) => !translatableFields.has(k))) {
			diagnostics.push(diagnostic('translation-redefines-data', content.file, locator()([key]), `A translation sets \`${key}\`, which belongs to the base entry \`${content.id}.mdx\`.`, `Remove \`${key}\` here; a translation holds only ${[...translatableFields].join(', ')} and the body.`));
		}
		return { diagnostics, entries: [emptyEntry(content, true, Object.keys(object), body.facts)] };
	}

	split.body.split('\n').forEach((line, index) => {
		const column = line.indexOf(placeholderPrefix);
		if (column >= 0) diagnostics.push(diagnostic('unfilled-placeholder', content.file, { line: split.bodyLine + index, column: column + 1 }, 'The body still holds the template\'s text.', 'Replace the "FILL IN" paragraph with the page itself.'));
	});
	const entry = describeEntry(content, content.id, loaded.data ?? {}, schemas[content.collection], locator, [], diagnostics);
	entry.body = body.facts;
	return { diagnostics, entries: [entry] };
}

/**
 * One entry's data, judged alone: schema problems, template placeholders, markup in plain
 * text, and the record the cross-file rules need (references, steps, sources, facets).
 */
import type { z } from 'zod';
import { memoisePerObject } from '../util/memoise.ts';
import { croFacets } from '../schema/cro-facets.ts';
import type { Cro } from '../schema/index.ts';
import type { ContentFile } from './content-files.ts';
import { expandPath, isMap, textValues } from './data-values.ts';
import type { Diagnostic, Position } from './diagnostic.ts';
import type { EntryRecord, ReferenceRecord, SourceReferenceRecord } from './entry-record.ts';
import type { DataPath } from './frontmatter.ts';
import { planFacts } from './plan-facts.ts';
import { referenceFields } from './reference-fields.ts';
import { markupInText } from './rules/markup-in-text.ts';
import { isPlaceholder, placeholderDiagnostics, unfilledFields } from './rules/placeholders.ts';
import { schemaDiagnostics } from './rules/schema.ts';
import { isoDate } from '../util/iso-date.ts';

// The reference fields of each schema an entry is read with, found once (a translation's are its own).
const fieldsOf = memoisePerObject(referenceFields);

export interface DescribeOptions {
	content: ContentFile;
	/** The entry's id: the file's for an MDX entry, the term's key in the glossary. */
	id: string;
	/** The data as YAML read it. */
	data: unknown;
	schema: z.ZodType;
	/** Where a field is written, in the file (parses positions only when first called). */
	locate: (path: DataPath) => Position;
	/** Where the entry's data sits in its file: `[]` for an MDX file, `[termId]` in the glossary. */
	pathPrefix: DataPath;
	/** For a translation: the original's schema, whose fields a translation may not set. */
	originalSchema?: z.ZodType;
}

const asObject = (value: unknown): Record<string, unknown> => (isMap(value) ? value : {});

export function describeEntry({ content, id, data, schema, locate, pathPrefix, originalSchema }: DescribeOptions): {
	entry: EntryRecord;
	diagnostics: Diagnostic[];
} {
	const at = (path: DataPath) => locate([...pathPrefix, ...path]);
	const result = schema.safeParse(data);
	// One walk over the entry's text serves both rules that read every field.
	const texts = textValues(data);
	const unfilled = unfilledFields(texts);
	const diagnostics = [...placeholderDiagnostics(content.file, unfilled, at), ...markupInText(content.file, texts, at)];
	if (!result.success) {
		// A field that still holds a placeholder is reported once, as unfilled, not also as invalid.
		const isUnfilled = (issuePath: readonly PropertyKey[]) =>
			unfilled.some(({ path }) => path.every((segment, index) => issuePath[index] === segment));
		diagnostics.push(
			...schemaDiagnostics(
				result.error.issues.filter((issue) => !isUnfilled(issue.path)),
				{ file: content.file, data, schema, locate, pathPrefix, originalSchema },
			),
		);
	}
	const object = asObject(data);
	const references: ReferenceRecord[] = [];
	const sourceReferences: SourceReferenceRecord[] = [];
	for (const field of content.kind === 'translation' ? [] : fieldsOf(schema)) {
		for (const { path, value } of expandPath(data, field.path)) {
			// A placeholder is reported as unfilled, not also as a reference to nothing.
			if (isPlaceholder(value)) continue;
			if (field.target.kind === 'source') {
				if (typeof value === 'number' || typeof value === 'string') sourceReferences.push({ path, value });
			} else if (typeof value === 'string') references.push({ path, value, target: field.target });
		}
	}
	// A translation's date is the original's review it was made from.
	const reviewed = result.success
		? (result.data as { reviewed?: unknown; translatedFrom?: unknown })[content.kind === 'translation' ? 'translatedFrom' : 'reviewed']
		: undefined;
	const sources = Array.isArray(object.sources) ? object.sources : [];
	const steps = Array.isArray(object.steps) ? object.steps : [];
	const entry: EntryRecord = {
		collection: content.collection,
		id,
		file: content.file,
		kind: content.kind,
		lang: content.lang,
		pathPrefix,
		valid: result.success,
		draft: object.draft === true,
		keys: Object.keys(object),
		reviewed: reviewed instanceof Date && !Number.isNaN(reviewed.getTime()) ? isoDate(reviewed) : undefined,
		references,
		sourceReferences,
		sourceKeys: sources.map((source) => {
			const key = asObject(source).key;
			return typeof key === 'string' ? key : null;
		}),
		steps: steps.flatMap((step, index) => {
			const { id: stepId, documents, fees } = asObject(step);
			return typeof stepId === 'string'
				? [{ id: stepId, index, documents: Array.isArray(documents) ? documents.length : 0, fees: Array.isArray(fees) ? fees.length : 0 }]
				: [];
		}),
		words:
			content.kind === 'entry' || content.kind === 'translation'
				? texts
						.filter(({ path }) => path[0] !== 'sources' && path[0] !== 'changes')
						.map(({ text }) => text)
						.join('\n')
				: undefined,
		plan: result.success ? planFacts(content, pathPrefix, result.data) : undefined,
		facets:
			content.collection === 'cros' && content.kind === 'entry' && result.success
				? Object.fromEntries(croFacets.map((facet) => [facet.name, [...facet.values(result.data as Cro)]]))
				: undefined,
	};
	return { entry, diagnostics };
}

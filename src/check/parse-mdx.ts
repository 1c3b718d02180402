/** An entry's .mdx file (or a translation of one): frontmatter as Astro splits it, then the body. */
import { schemas, type EntryCollection } from '../schema/index.ts';
import { translationSchema } from '../schema/translation.ts';
import { emptyBodyFacts, readBody } from './body.ts';
import { bodyLimitProblems } from './body-limits.ts';
import type { ContentFile } from './content-files.ts';
import { bodyIndexOf } from './content-index.ts';
import { describeEntry } from './describe-entry.ts';
import { diagnostic, type Diagnostic } from './diagnostic.ts';
import { declaredEntry, type FileResult } from './entry-record.ts';
import { loadYaml, positionsOnDemand, splitFrontmatter } from './frontmatter.ts';
import { bodyPlaceholders } from './rules/placeholders.ts';
import { yamlDiagnostic } from './rules/yaml-problems.ts';

export function parseMdx(content: ContentFile, text: string): FileResult {
	const split = splitFrontmatter(text);
	if (split.yaml === undefined) {
		return {
			diagnostics: [
				diagnostic(
					'frontmatter-syntax',
					content.file,
					{ line: 1, column: 1 },
					'The file has no frontmatter.',
					'Start the file with a line `---`, the fields, and another line `---`; copy an existing entry.',
				),
			],
			entries: [],
		};
	}
	if (split.delimiter === '+++') {
		return {
			diagnostics: [
				diagnostic(
					'frontmatter-syntax',
					content.file,
					{ line: split.yamlLine, column: 1 },
					'The frontmatter is marked with `+++` (TOML), which content may not use.',
					'Use YAML between two `---` lines, as every other entry does.',
				),
			],
			entries: [declaredEntry(content, { valid: false })],
		};
	}
	const loaded = loadYaml(split.yaml, split.yamlLine);
	const diagnostics: Diagnostic[] = (loaded.duplicates ?? []).map((problem) => yamlDiagnostic(content.file, problem, 'frontmatter'));
	if (loaded.problem) diagnostics.push(yamlDiagnostic(content.file, loaded.problem, 'frontmatter'));
	// A body past the limits is not parsed: parsing it is what would be slow.
	const limits = bodyLimitProblems(split.body, content.file, 1);
	const body = limits.length > 0 ? { facts: emptyBodyFacts(), diagnostics: limits } : readBody(split.body, content.file);
	diagnostics.push(...body.diagnostics, ...bodyPlaceholders(content.file, split.body));
	// A file with broken YAML still declares its entry, so references to it are not reported too.
	if (loaded.problem) return { diagnostics, entries: [declaredEntry(content, { valid: false })] };

	const locate = positionsOnDemand(text, false);
	const data = loaded.data ?? {};

	const collection = content.collection as EntryCollection;
	const described = describeEntry({
		...(content.kind === 'translation'
			? { schema: translationSchema(collection), originalSchema: schemas[collection] }
			: { schema: schemas[collection] }),
		content,
		id: content.id,
		data,
		locate,
		pathPrefix: [],
	});
	described.entry.body = body.facts;
	described.entry.bodyIndex = bodyIndexOf(collection, body.facts);
	return { diagnostics: [...diagnostics, ...described.diagnostics], entries: [described.entry] };
}

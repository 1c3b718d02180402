/** content/glossary.yaml: a map of term ids to terms, each one entry. */
import { schemas } from '../schema/index.ts';
import type { ContentFile } from './content-files.ts';
import { isMap } from './data-values.ts';
import { describeEntry } from './describe-entry.ts';
import { diagnostic, type Diagnostic } from './diagnostic.ts';
import type { EntryRecord, FileResult } from './entry-record.ts';
import { locales } from '../schema/locales.ts';
import { loadYaml, positionsOnDemand } from './frontmatter.ts';
import { termIdProblem } from './rules/term-ids.ts';
import { yamlDiagnostic } from './rules/yaml-problems.ts';

/** A term's name in each language and the variants its `avoid` lists for that language. */
function preferredNames(data: unknown): EntryRecord['preferred'] {
	if (!isMap(data) || !isMap(data.avoid)) return undefined;
	const avoid = data.avoid;
	const result: NonNullable<EntryRecord['preferred']> = {};
	for (const locale of locales) {
		const name = data[locale];
		const variants = avoid[locale];
		if (typeof name === 'string' && Array.isArray(variants))
			result[locale] = { name, avoid: variants.filter((variant): variant is string => typeof variant === 'string' && variant !== '') };
	}
	return result;
}

export function parseGlossary(content: ContentFile, text: string): FileResult {
	const loaded = loadYaml(text, 1);
	if (loaded.problem) return { diagnostics: [yamlDiagnostic(content.file, loaded.problem, 'glossary')], entries: [] };
	const diagnostics: Diagnostic[] = (loaded.duplicates ?? []).map((problem) => yamlDiagnostic(content.file, problem, 'glossary'));
	if (!isMap(loaded.data)) {
		diagnostics.push(
			diagnostic(
				'frontmatter-syntax',
				content.file,
				{ line: 1, column: 1 },
				'The glossary must be a map of term ids to terms.',
				'Start each term with its id and a colon at the start of a line, e.g. `asrm:`.',
			),
		);
		return { diagnostics, entries: [] };
	}
	const locate = positionsOnDemand(text, true);
	const entries = Object.entries(loaded.data).map(([id, data]) => {
		const badId = termIdProblem(content.file, id, () => locate([id]));
		if (badId) diagnostics.push(badId);
		const described = describeEntry({ content: { ...content, id }, id, data, schema: schemas.glossary, locate, pathPrefix: [id] });
		diagnostics.push(...described.diagnostics);
		return { ...described.entry, preferred: preferredNames(data) };
	});
	return { diagnostics, entries };
}

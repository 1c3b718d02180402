/**
 * content/finder.yaml: the file's own fields, then each question and each outcome read as an
 * entry of its own (so references, sources and positions work as for any entry), then the
 * flow: where each answer leads.
 */
import { finderOutcomeSchema, finderOutlineSchema, finderQuestionSchema } from '../schema/finder.ts';
import type { ContentFile } from './content-files.ts';
import { isMap } from './data-values.ts';
import { describeEntry } from './describe-entry.ts';
import { diagnostic, type Diagnostic } from './diagnostic.ts';
import type { EntryRecord, FileResult } from './entry-record.ts';
import { loadYaml, positionsOnDemand, type DataPath } from './frontmatter.ts';
import { checkFlow } from './rules/finder-flow.ts';
import { yamlDiagnostic } from './rules/yaml-problems.ts';

// One schema object each, so the reference fields of each are found once.
const outlineSchema = finderOutlineSchema();
const questionSchema = finderQuestionSchema();
const outcomeSchema = finderOutcomeSchema();

export function parseFinder(content: ContentFile, text: string): FileResult {
	const loaded = loadYaml(text, 1);
	if (loaded.problem) return { diagnostics: [yamlDiagnostic(content.file, loaded.problem, 'finder')], entries: [] };
	const diagnostics: Diagnostic[] = (loaded.duplicates ?? []).map((problem) => yamlDiagnostic(content.file, problem, 'finder'));
	const data = loaded.data;
	if (!isMap(data)) {
		diagnostics.push(
			diagnostic(
				'frontmatter-syntax',
				content.file,
				{ line: 1, column: 1 },
				'The route finder must be a map with `reviewed`, `start`, `questions` and `outcomes`.',
				'Start from the fields `reviewed:`, `start:`, `questions:` and `outcomes:`, each at the start of a line.',
			),
		);
		return { diagnostics, entries: [] };
	}
	const locate = positionsOnDemand(text, true);
	const entries: EntryRecord[] = [];
	const read = (id: string, value: unknown, schema: Parameters<typeof describeEntry>[0]['schema'], pathPrefix: DataPath) => {
		const described = describeEntry({ content: { ...content, id }, id, data: value, schema, locate, pathPrefix });
		diagnostics.push(...described.diagnostics);
		entries.push(described.entry);
	};
	const questions = isMap(data.questions) ? data.questions : {};
	const outcomes = isMap(data.outcomes) ? data.outcomes : {};
	// The outline sees each question and outcome only as a key: their fields are read below.
	const keysOnly = (map: Record<string, unknown>) => Object.fromEntries(Object.keys(map).map((key) => [key, {}]));
	read(
		'finder',
		{
			...data,
			...(isMap(data.questions) && { questions: keysOnly(questions) }),
			...(isMap(data.outcomes) && { outcomes: keysOnly(outcomes) }),
		},
		outlineSchema,
		[],
	);
	for (const [id, question] of Object.entries(questions)) read(id, question, questionSchema, ['questions', id]);
	for (const [id, outcome] of Object.entries(outcomes)) read(id, outcome, outcomeSchema, ['outcomes', id]);
	diagnostics.push(...checkFlow(content.file, data, locate));
	return { diagnostics, entries };
}

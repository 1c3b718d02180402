/** What the YAML reader refused, as diagnostics. */
import { diagnostic, type Diagnostic } from '../diagnostic.ts';
import type { YamlProblem } from '../frontmatter.ts';
import { maxDataDepth } from '../limits.ts';

export function yamlDiagnostic(file: string, problem: YamlProblem, what: 'frontmatter' | 'glossary' | 'finder'): Diagnostic {
	const name = { frontmatter: 'The frontmatter', glossary: 'The glossary', finder: 'The route finder' }[what];
	switch (problem.kind) {
		case 'alias':
			return diagnostic(
				'yaml-alias',
				file,
				problem.at,
				`${name} uses a YAML anchor (\`&\`) or alias (\`*\`), which content may not use.`,
				'Write the value out in full where it is needed. (An alias can make a small file expand to millions of values.)',
			);
		case 'depth':
			return diagnostic(
				'too-deep',
				file,
				problem.at,
				`${name} nests lists and fields more than ${maxDataDepth} levels deep.`,
				"Content needs at most a few levels (a path's step fee is five); compare with an existing entry and remove the extra indentation.",
			);
		case 'duplicate-key':
			return diagnostic(
				'duplicate-id',
				file,
				problem.at,
				{
					frontmatter: `${problem.message}: a field is written twice.`,
					glossary: `${problem.message}: a term or field is written twice; the later one is used.`,
					finder: `${problem.message}: a question, an outcome or a field is written twice; the later one is used.`,
				}[what],
				{
					frontmatter: 'Keep one of the two lines.',
					glossary: 'Each term id, and each field of a term, may appear once: merge the two or rename one.',
					finder: 'Each question id, outcome id and field may appear once: merge the two or rename one.',
				}[what],
			);
		case 'unsupported':
			return diagnostic(
				'unsupported-yaml',
				file,
				problem.at,
				`${name}: ${problem.message[0].toLowerCase()}${problem.message.slice(1)}`,
				`${problem.hint ?? ''} Content uses plain YAML only, so the checker and the build read it the same way.`.trim(),
			);
		case 'syntax':
			return diagnostic(
				'frontmatter-syntax',
				file,
				problem.at,
				`${name} is not valid YAML: ${problem.message}`,
				'Check indentation (two spaces) and put text that contains a colon in quotes.',
			);
	}
}

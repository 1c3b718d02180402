/** A glossary term's id is what `<Term id>` and `/glossary/#id` use, so it follows the id rule. */
import { idPattern } from '../../schema/reference.ts';
import { diagnostic, type Diagnostic, type Position } from '../diagnostic.ts';

export function termIdProblem(file: string, id: string, at: () => Position): Diagnostic | undefined {
	if (idPattern.test(id)) return undefined;
	return diagnostic(
		'invalid-term-id',
		file,
		at(),
		`The term id \`${id}\` is not a valid id: ids are lower-case ASCII letters and digits joined by single hyphens.`,
		'Rename the key, e.g. `cell-processing-facility:`, and update every <Term id> that uses it.',
	);
}

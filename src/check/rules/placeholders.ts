/** The new-entry template's `FILL IN` text, left in a field or in the body. */
import { placeholderMarker } from '../../schema/placeholder.ts';
import { diagnostic, type Diagnostic, type Position } from '../diagnostic.ts';
import type { DataPath } from '../frontmatter.ts';
import { fieldName } from './schema.ts';

export const isPlaceholder = (value: unknown): boolean => typeof value === 'string' && value.startsWith(placeholderMarker);

/** The fields, of an entry's text values, that still hold a placeholder. */
export function unfilledFields(texts: readonly { path: DataPath; text: string }[]): { path: DataPath; text: string }[] {
	return texts.filter(({ text }) => isPlaceholder(text));
}

export function placeholderDiagnostics(
	file: string,
	unfilled: { path: DataPath; text: string }[],
	locate: (path: DataPath) => Position,
): Diagnostic[] {
	return unfilled.map(({ path, text }) =>
		diagnostic(
			'unfilled-placeholder',
			file,
			locate(path),
			`\`${fieldName(path)}\` still holds the template's text: "${text.slice(0, 80)}".`,
			`Replace it with the real value${text.includes(':') ? ` (${text.slice(text.indexOf(':') + 1).trim()})` : ''}, or delete the line if the field is optional.`,
		),
	);
}

/** Lines of a body that still hold a placeholder; the body keeps the file's own line numbers. */
export function bodyPlaceholders(file: string, body: string): Diagnostic[] {
	return body.split('\n').flatMap((line, index) => {
		const column = line.indexOf(placeholderMarker);
		return column < 0
			? []
			: [
					diagnostic(
						'unfilled-placeholder',
						file,
						{ line: index + 1, column: column + 1 },
						"The body still holds the template's text.",
						`Replace the "${placeholderMarker}" paragraph with the page itself.`,
					),
				];
	});
}

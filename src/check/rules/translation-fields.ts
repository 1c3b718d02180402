/** A translation carries text only; structured data belongs to its base entry. */
import type { ContentFile } from '../content-files.ts';
import { diagnostic, type Diagnostic, type Position } from '../diagnostic.ts';
import type { DataPath } from '../frontmatter.ts';

/** The fields a translation may set; everything else belongs to the base entry. */
export const translatableFields = new Set(['title', 'summary', 'reviewed', 'changes', 'draft']);

export function translationFields(content: ContentFile, data: Record<string, unknown>, locate: (path: DataPath) => Position): Diagnostic[] {
	return Object.keys(data)
		.filter((key) => !translatableFields.has(key))
		.map((key) =>
			diagnostic(
				'translation-redefines-data',
				content.file,
				locate([key]),
				`A translation sets \`${key}\`, which belongs to the base entry \`${content.id}.mdx\`.`,
				`Remove \`${key}\` here; a translation holds only ${[...translatableFields].join(', ')} and the body.`,
			),
		);
}

/** A translation belongs to an existing base entry. (What it may set is checked in parse-file.) */
import type { ContentIndex } from '../content-index.ts';
import { diagnostic, type Diagnostic } from '../diagnostic.ts';

export function checkTranslations(index: ContentIndex): Diagnostic[] {
	const result: Diagnostic[] = [];
	for (const entry of index.entries) {
		if (entry.kind !== 'translation') continue;
		const exists = index.ids.get(entry.collection)?.has(entry.id) || index.drafts.get(entry.collection)?.has(entry.id);
		if (!exists)
			result.push(
				diagnostic(
					'orphan-translation',
					entry.file,
					{ line: 1, column: 1 },
					`This ${entry.lang} translation has no base entry: content/${entry.collection}/${entry.id}.mdx does not exist.`,
					`Create the base entry first, or rename this file to \`<id>.${entry.lang}.mdx\` after an existing entry.`,
				),
			);
	}
	return result;
}

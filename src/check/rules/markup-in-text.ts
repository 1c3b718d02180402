/**
 * Plain-text fields hold plain text. A title or summary is shown as text, written into meta
 * tags, JSON-LD and search data; markup in one is never needed and is how a page is broken out
 * of (`</script><meta http-equiv=refresh …>`).
 */
import { diagnostic, type Diagnostic, type Position } from '../diagnostic.ts';
import type { DataPath } from '../frontmatter.ts';
import { fieldName } from './schema.ts';

/** A tag, a comment or a processing instruction: `<` followed by a letter, `/`, `!` or `?`. */
const markup = /<[/!?]?[A-Za-z][^\s>]{0,20}/;

export function markupInText(
	file: string,
	texts: readonly { path: DataPath; text: string }[],
	locate: (path: DataPath) => Position,
): Diagnostic[] {
	return texts.flatMap(({ path, text }) => {
		const tag = markup.exec(text)?.[0];
		if (tag === undefined) return [];
		return [
			diagnostic(
				'markup-in-text',
				file,
				locate(path),
				`\`${fieldName(path)}\` holds markup (\`${tag}\`), but it is shown as plain text.`,
				'Remove the tag. Write "less than" in words where you mean <, and put formatting in the body, not in a field.',
			),
		];
	});
}

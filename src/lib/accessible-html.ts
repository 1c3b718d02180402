/**
 * Markdown output made readable by assistive technology in the reader's language. Sätteri and
 * remark-gfm write the same markup (test/build/markdown.test.ts), in English, for every page.
 */
import { escapeAttribute, escapeUTF8 } from 'entities';
import { fill, type Dictionary } from '../i18n/index.ts';

type Words = Dictionary['entry'];

/**
 * GFM task lists render as bare `<input type="checkbox" disabled>`, which screen readers announce
 * as an unlabelled control. Each box gets a label that says its state; the item's text follows.
 */
export function labelTaskCheckboxes(html: string, words: Words): string {
	return html.replace(/<input type="checkbox"( checked="?"?| checked)? disabled\s*\/?>/g, (_, checked: string | undefined) =>
		checked
			? `<input type="checkbox" checked disabled aria-label="${escapeAttribute(words.taskDone)}">`
			: `<input type="checkbox" disabled aria-label="${escapeAttribute(words.taskToCheck)}">`,
	);
}

/** GFM footnotes: the hidden heading of the list and each link back to the citation, in the reader's language. */
export function labelFootnotes(html: string, words: Words): string {
	return html
		.replace(/(<h2 class="sr-only" id="footnote-label">)Footnotes(<\/h2>)/g, `$1${escapeUTF8(words.footnotes)}$2`)
		.replace(
			/aria-label="Back to reference (\d+(?:-\d+)?)"/g,
			(_, number: string) => `aria-label="${escapeAttribute(fill(words.backToReference, { number }))}"`,
		);
}

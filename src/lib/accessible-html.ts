/**
 * GFM task lists render as bare `<input type="checkbox" disabled>` (with Sätteri and with
 * remark-gfm alike), which screen readers announce as an unlabelled control. Each box gets a
 * label that says its state; the item's own text follows it.
 */
export function labelTaskCheckboxes(html: string): string {
	return html.replace(/<input type="checkbox"( checked="?"?| checked)? disabled\s*\/?>/g, (_, checked: string | undefined) =>
		checked ? '<input type="checkbox" checked disabled aria-label="Done:">' : '<input type="checkbox" disabled aria-label="To check:">',
	);
}

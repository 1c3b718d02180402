/**
 * The ids a page's own layout gives its elements, declared once. A body heading gets an id too
 * (its text, slugged as GitHub does), and two elements with one id make a link or a "[1]" source
 * marker land on the wrong one. So every id the layout uses is one of `layoutIds` or starts with
 * one of `layoutIdPrefixes`, and the checker refuses a body heading whose id would.
 */

/** Ids the layout uses as they are. */
export const layoutIds = ['main', 'footnote-label'] as const;

/**
 * Prefixes of the layout's other ids: its sections (`section-sources`), a path's steps and their
 * details (`step-apply`), the numbered sources (`source-1`), the site's own controls
 * (`site-search`), and the ids GitHub Flavored Markdown gives footnotes (`user-content-fn-1`).
 */
export const layoutIdPrefixes = ['section-', 'step-', 'source-', 'site-', 'user-content-'] as const;

/** The id of a section of a page: `section-sources`, `section-related`. */
export const sectionId = (name: string) => `section-${name}`;

/** Whether a body may give an element this id: not when the layout could use it. */
export function isLayoutId(id: string): boolean {
	return (layoutIds as readonly string[]).includes(id) || layoutIdPrefixes.some((prefix) => id.startsWith(prefix));
}

/**
 * Strikethrough only with two tildes (`~~gone~~`). GFM also reads a single tilde pair as
 * strikethrough, and Korean and Japanese write ranges with a tilde (`2014~2018년도`), so a page
 * struck through what it meant to say. remark-gfm turns the single form off with
 * `singleTilde: false`; Sätteri has no such switch, so this puts back, as text, any strikethrough
 * written with one tilde.
 */
import { defineMdastPlugin } from 'satteri';

/** Whether a strikethrough was written with one tilde on each side. */
export const singleTilde = (source: string) => source.startsWith('~') && !source.startsWith('~~');

export const singleTildeAsText = defineMdastPlugin({
	name: 'biobridge:single-tilde-as-text',
	// Positions are read only by plugins that ask for them.
	options: { position: true },
	delete(node, context) {
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		if (start === undefined || end === undefined) return;
		// The text between the tildes stays as it was parsed (emphasis, links); only the tildes become text again.
		if (singleTilde(context.source.slice(start, end)))
			context.replaceNode(node, [{ type: 'text', value: '~' }, ...node.children, { type: 'text', value: '~' }]);
	},
});

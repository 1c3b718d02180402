/**
 * Limits a body must keep before it is parsed at all: line length and nesting depth. Parsing
 * comes later because a body past these limits is slow to parse (nested elements take the parser
 * quadratic time) or crashes the build (nested quotes make Sätteri's compiled code grow with the
 * square of the depth). Each limit is far above any real page.
 */
import { diagnostic, type Diagnostic } from './diagnostic.ts';
import { maxElementDepth, maxLineLength, maxListDepth, maxQuoteDepth } from './limits.ts';

/** HTML elements that never have content, so they open no level. */
const voidElements = new Set(['area', 'br', 'col', 'hr', 'img', 'wbr', 'source', 'track']);

/** Problems with `body` (which starts on line `firstLine` of `file`), at most one of each kind. */
export function bodyLimitProblems(body: string, file: string, firstLine: number): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const found = new Set<string>();
	const add = (kind: string, line: number, column: number, message: string, hint: string) => {
		if (found.has(kind)) return;
		found.add(kind);
		problems.push(diagnostic(kind === 'line' ? 'line-too-long' : 'too-deep', file, { line, column }, message, hint));
	};
	let depth = 0;
	let inFence = false;
	const lines = body.split('\n');
	for (let index = 0; index < lines.length; index++) {
		const text = lines[index];
		const line = firstLine + index;
		if (text.length > maxLineLength) {
			add(
				'line',
				line,
				maxLineLength + 1,
				`This line is ${text.length.toLocaleString('en')} characters long; a body line may have at most ${maxLineLength.toLocaleString('en')}.`,
				'Break it into paragraphs with empty lines between them. A very long line is usually pasted data, which belongs in a source instead.',
			);
			continue;
		}
		// Most lines begin with a letter: only one that begins with a space, a tab, a quote mark or a
		// fence can open a fence, a quote or a nested list item (this pass runs over every line).
		const first = text.charCodeAt(0);
		const mayNest = first === 32 || first === 9 || first === 62 || first === 96 || first === 126;
		if (mayNest && /^\s*(```|~~~)/.test(text)) inFence = !inFence;
		if (inFence) continue;
		if (!mayNest) {
			if (text.includes('<')) depth = elementDepth(text, line, depth, add);
			continue;
		}
		const quotes = /^(?:\s{0,3}>)+/.exec(text)?.[0].split('>').length ?? 1;
		if (quotes - 1 > maxQuoteDepth)
			add(
				'quote',
				line,
				1,
				`This line is quoted ${quotes - 1} levels deep (\`>\` ${quotes - 1} times); a body may nest quotes at most ${maxQuoteDepth} levels.`,
				'Use one `>` for a quotation. Deeper nesting says nothing a reader needs and makes the page too large to build.',
			);
		const list = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s/.exec(text);
		if (list && Math.floor(list[1].replace(/\t/g, '    ').length / 2) + 1 > maxListDepth)
			add(
				'list',
				line,
				list[1].length + 1,
				`This list item is indented ${list[1].length} spaces, more than ${maxListDepth} levels of nested lists.`,
				'Flatten the list: two or three levels say everything a step needs.',
			);
		if (text.includes('<')) depth = elementDepth(text, line, depth, add);
	}
	return problems;
}

/** The element depth after `text`, from `depth` before it; past the limit, `add` is told once. */
function elementDepth(
	text: string,
	line: number,
	depth: number,
	add: (kind: string, line: number, column: number, message: string, hint: string) => void,
): number {
	let current = depth;
	for (const tag of text.matchAll(/<(\/?)([a-zA-Z][\w.:-]*)[^<>]*?(\/?)>/g)) {
		const [, closing, name, selfClosing] = tag;
		if (selfClosing || voidElements.has(name.toLowerCase())) continue;
		current += closing ? -1 : 1;
		if (current > maxElementDepth)
			add(
				'element',
				line,
				(tag.index ?? 0) + 1,
				`Elements are nested more than ${maxElementDepth} levels deep here.`,
				'Write the text with Markdown, or with fewer elements inside one another.',
			);
	}
	return current;
}

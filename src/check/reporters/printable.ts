/**
 * Text from a pull request, made safe to print: control characters (an escape sequence can
 * recolour, hide or rewrite a terminal or a CI log) and bidirectional overrides (which make
 * text read differently from what it is) are shown as visible symbols instead.
 */

// eslint-disable-next-line no-control-regex -- control characters are what this finds
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- line breaks and tabs too, for text that must stay on one line
const unsafeInLine = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

const visible = (character: string) => {
	const code = character.charCodeAt(0);
	if (code < 0x20) return String.fromCharCode(0x2400 + code);
	if (code === 0x7f) return '\u2421';
	return '\uFFFD';
};

/** Text with control characters shown as symbols; line breaks and tabs are kept (a hint may run to two lines). */
export function printable(text: string): string {
	return text.replace(unsafe, visible);
}

/**
 * Text that must stay on the line it is printed on — a file name, a message, a line of a code
 * frame: every control character, line breaks and tabs included, is shown as a symbol, so
 * nothing from a pull request can start a new line of the log (where `::error …` would be read
 * as a GitHub workflow command).
 */
export function printableLine(text: string): string {
	return text.replace(unsafeInLine, visible);
}

/**
 * A report's lines, none of which may begin with `::`: GitHub Actions reads such a line as a
 * workflow command. Only the github reporter's own annotations may, so every other reporter's
 * output passes through this.
 */
export function withoutWorkflowCommands(text: string): string {
	return text
		.split('\n')
		.map((line) => (line.startsWith('::') ? ` ${line}` : line))
		.join('\n');
}

/**
 * Text for a Markdown job summary: every character that Markdown or HTML could read as syntax
 * becomes a character reference, so a message can neither format nor link nor load anything.
 * Spans in backticks stay code, as `<code>` with the same escaping.
 */
export function markdownText(text: string): string {
	const escape = (part: string) =>
		printable(part)
			.replace(/[^\p{L}\p{N}\s]/gu, (character) => `&#${character.codePointAt(0)};`)
			.replace(/\s+/g, ' ');
	return text
		.split(/(`[^`]*`)/)
		.map((part) =>
			part.length >= 2 && part.startsWith('`') && part.endsWith('`') ? `<code>${escape(part.slice(1, -1))}</code>` : escape(part),
		)
		.join('');
}

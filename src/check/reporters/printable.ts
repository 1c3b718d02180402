/**
 * Text from a pull request, made safe to print: control characters (an escape sequence can
 * recolour, hide or rewrite a terminal or a CI log) and bidirectional overrides (which make
 * text read differently from what it is) are shown as visible symbols instead.
 */

// eslint-disable-next-line no-control-regex -- control characters are what this finds
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function printable(text: string): string {
	return text.replace(unsafe, (character) => {
		const code = character.charCodeAt(0);
		if (code < 0x20) return String.fromCharCode(0x2400 + code);
		if (code === 0x7f) return '\u2421';
		return '\uFFFD';
	});
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

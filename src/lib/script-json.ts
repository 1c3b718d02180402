/**
 * JSON to embed in HTML (a JSON-LD `<script>`): `<`, `>` and `&` become \u escapes, so no
 * value can close the script element or open a comment, and U+2028 and U+2029 too, which some
 * JavaScript parsers read as line ends. The JSON means the same; only its spelling changes.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

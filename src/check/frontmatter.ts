/**
 * YAML with positions. The `yaml` library keeps every node's source range, so a problem found
 * in the parsed data can be reported at the line and column of its key or list item.
 */
import { load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Position } from './diagnostic.ts';

export type DataPath = readonly (string | number)[];

export interface ParsedYaml {
	/** YAML syntax errors, with their positions in the file. */
	errors: { message: string; at: Position }[];
	/** Where the value at `path` is written: the key for a map field, the item for a list entry, the nearest written parent when it is missing. */
	locate(path: DataPath): Position;
}

/**
 * The data of YAML that starts at `firstLine`, read with js-yaml (about six times faster than a
 * parse that keeps positions, and the parser Astro itself uses). On a syntax error, the
 * position-keeping parser names the first problem and its place.
 */
export function loadYaml(text: string, firstLine = 1): { data?: unknown; error?: { message: string; at: Position } } {
	try {
		return { data: load(text) };
	} catch (failure) {
		const [first] = parseYaml(text, firstLine).errors;
		if (first) return { error: first };
		const mark = (failure as { mark?: { line: number; column: number }; reason?: string }).mark;
		return { error: { message: (failure as { reason?: string }).reason ?? String(failure), at: mark ? { line: mark.line + firstLine, column: mark.column + 1 } : { line: firstLine, column: 1 } } };
	}
}

/** Parse YAML that starts at `firstLine` of its file (1-based), keeping every node's position. */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
	const position = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};
	return {
		errors: document.errors.map((error) => ({ message: error.message.split('\n')[0], at: position(error.pos[0]) })),
		locate: (path) => position(offsetOf(document, path)),
	};
}

function offsetOf(document: Document, path: DataPath): number {
	let node: unknown = document.contents;
	let offset = (node as Node | null)?.range?.[0] ?? 0;
	for (const [index, segment] of path.entries()) {
		const last = index === path.length - 1;
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
			if (!pair) return offset;
			const key = pair.key as Node;
			if (last) return key.range?.[0] ?? offset;
			node = pair.value;
			offset = (node as Node | null)?.range?.[0] ?? key.range?.[0] ?? offset;
		} else if (isSeq(node) && typeof segment === 'number') {
			const item = node.items[segment] as Node | undefined;
			if (!item) return offset;
			node = item;
			offset = item.range?.[0] ?? offset;
		} else {
			return offset;
		}
	}
	return offset;
}

export interface SplitFile {
	/** The YAML between the `---` lines, or undefined when the file has no frontmatter. */
	yaml?: string;
	/** The line the YAML starts on (1-based). */
	yamlLine: number;
	/** The line the body starts on (1-based). */
	bodyLine: number;
	/** The body: everything after the closing `---`. */
	body: string;
}

/** Separate the frontmatter from an MDX file. The body is parsed from the whole file, so its positions stay right. */
export function splitFrontmatter(text: string): SplitFile {
	const match = /^---\r?\n([\s\S]*?)\r?\n?---\r?(?:\n|$)/.exec(text);
	if (!match) return { yamlLine: 1, bodyLine: 1, body: text };
	return { yaml: match[1], yamlLine: 2, bodyLine: match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1), body: text.slice(match[0].length) };
}

/**
 * Where each field of a file's data is written: the glossary is YAML from its first line, an
 * MDX file's data is its frontmatter. Parses with positions, so call it only for a file with
 * a problem to place.
 */
export function fieldPositions(text: string, wholeFileIsYaml: boolean): (path: DataPath) => Position {
	if (wholeFileIsYaml) return parseYaml(text, 1).locate;
	const split = splitFrontmatter(text);
	return split.yaml === undefined ? () => ({ line: 1, column: 1 }) : parseYaml(split.yaml, split.yamlLine).locate;
}

/**
 * Frontmatter as Astro reads it, and YAML with positions. The split follows Astro's own rule
 * (@astrojs/internal-helpers `parseFrontmatter`, which the MDX content type calls), so the
 * checker judges exactly the data and the body that Astro will build; a property test holds
 * the two together. The data is read with js-yaml, as Astro reads it, but with a timestamp type
 * that refuses impossible dates instead of rolling them over.
 */
import { CORE_SCHEMA, load, Type, types } from 'js-yaml';
import { createRequire } from 'node:module';
import type * as YamlLibrary from 'yaml';
import type { Document, Node } from 'yaml';
import type { Position } from './diagnostic.ts';
import { maxDataDepth } from './limits.ts';

let loaded: typeof YamlLibrary | undefined;
/**
 * The \`yaml\` library, which keeps every position: loaded the first time a file needs it (a
 * problem to place, a feature to refuse), since most checks need it nowhere and loading it is a
 * twentieth of a re-check at 10,000 entries.
 */
const yamlLibrary = (): typeof YamlLibrary => (loaded ??= createRequire(import.meta.url)('yaml') as typeof YamlLibrary);

// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
declare module 'js-yaml' {
	export const types: Record<
		'timestamp' | 'merge' | 'binary' | 'omap' | 'pairs' | 'set',
		Type & { resolve(data: string): boolean; construct(data: string): unknown }
	>;
}

export type DataPath = readonly (string | number)[];

/** A date written in the content that is not on the calendar (2026-02-30). Astro would roll it over to another day. */
export class ImpossibleDate {
	readonly text: string;
	constructor(text: string) {
		this.text = text;
	}
	toString(): string {
		return this.text;
	}
}

const timestamp = types.timestamp;
const strictTimestamp = new Type('tag:yaml.org,2002:timestamp', {
	kind: 'scalar',
	resolve: (data: string) => timestamp.resolve(data),
	construct: (data: string) => {
		const date = timestamp.construct(data) as Date;
		const [, year, month, day] = /^(\d{4})-(\d\d?)-(\d\d?)/.exec(data) ?? [];
		const real = date.getUTCFullYear() === Number(year) && date.getUTCMonth() + 1 === Number(month) && date.getUTCDate() === Number(day);
		return real ? date : new ImpossibleDate(data);
	},
	instanceOf: Date,
});

/**
 * js-yaml's default schema (Astro's), with the strict timestamp in place of the rolling one.
 * Merge keys and the explicit types (!!binary, !!set…) are left out: the checker refuses them
 * before loading (unsupportedFeature), so they never reach this.
 */
const contentSchema = CORE_SCHEMA.extend({ implicit: [strictTimestamp] });

export interface YamlProblem {
	kind: 'syntax' | 'alias' | 'depth' | 'duplicate-key' | 'unsupported';
	message: string;
	/** What to do, where the reader knows better than a general hint. */
	hint?: string;
	at: Position;
}

/** `&` or `*` where YAML could read an anchor or an alias; anything else skips the precise (slower) look. */
const mayHaveAnchors = /(?:^|[\s[{,:?-])[&*][^\s[\]{},]/m;

/** `<<`, `!` or `%` where YAML could read a merge key, a tag or a directive; anything else skips the precise look. */
const mayHaveFeatures = /<<|(?:^|[\s[{,:?-])!|^%/m;

/**
 * The first merge key (`<<:`), tag (`!!binary`, `!foo`) or directive (`%YAML 1.1`) in the YAML,
 * if any. Content needs none of them, and each is read differently by YAML's versions and
 * libraries (Astro's finder loader once kept `<<` as a key where the checker merged it), so
 * refusing them keeps the checker's reading and Astro's one and the same.
 */
function unsupportedFeature(text: string, firstLine: number): YamlProblem | undefined {
	let offset = 0;
	let pendingScalar: { text: string; offset: number } | undefined;
	let previousType: string | null | undefined;
	const { CST, Lexer } = yamlLibrary();
	for (const token of new Lexer().lex(text)) {
		const type = CST.tokenType(token);
		const found = (what: string, fix: string): YamlProblem => {
			const before = text.slice(0, offset).split('\n');
			return {
				kind: 'unsupported',
				message: what,
				hint: fix,
				at: { line: firstLine + before.length - 1, column: (before.at(-1)?.length ?? 0) + 1 },
			};
		};
		if (type === 'directive-line') return found(`The YAML directive \`${token.slice(0, 20)}\` is not used in content.`, 'Remove the line.');
		if (type === 'tag')
			return found(`The YAML tag \`${token.slice(0, 20)}\` is not used in content.`, 'Remove it and write the value itself.');
		if (type === 'map-value-ind' && pendingScalar?.text === '<<') {
			offset = pendingScalar.offset;
			return found('A YAML merge key (`<<:`) is not used in content.', 'Write each field out in full.');
		}
		if (type === null && previousType === 'scalar') pendingScalar = { text: token, offset };
		else if (type !== 'space') pendingScalar = undefined;
		previousType = type;
		// The lexer's control tokens (document start, flow end, scalar) mark structure and are not in the text.
		if (!(token === CST.DOCUMENT || token === CST.FLOW_END || token === CST.SCALAR)) offset += token.length;
	}
	return undefined;
}

/**
 * The data of YAML that starts at `firstLine`. Anchors and aliases are refused (an alias bomb
 * expands to millions of values), as is data nested deeper than `maxDataDepth`.
 */
export function loadYaml(text: string, firstLine = 1): { data?: unknown; problem?: YamlProblem; duplicates?: YamlProblem[] } {
	if (mayHaveAnchors.test(text)) {
		const alias = firstAnchor(text, firstLine);
		if (alias) return { problem: alias };
	}
	if (mayHaveFeatures.test(text)) {
		const feature = unsupportedFeature(text, firstLine);
		if (feature) return { problem: feature };
	}
	let data: unknown;
	let duplicates: YamlProblem[] | undefined;
	try {
		data = load(text, { schema: contentSchema });
	} catch (failure) {
		// A key written twice is reported where it is repeated, and the rest of the data is still
		// read (the later value wins), so one repeated term does not hide every other one.
		duplicates = /duplicated mapping key/.test(String((failure as { reason?: string }).reason))
			? duplicateKeys(text, firstLine)
			: undefined;
		if (!duplicates?.length) return { problem: syntaxProblem(text, firstLine, failure) };
		try {
			data = load(text, { schema: contentSchema, json: true });
		} catch (again) {
			return { problem: syntaxProblem(text, firstLine, again) };
		}
	}
	const deep = depthBeyond(data, maxDataDepth);
	if (deep)
		return {
			problem: {
				kind: 'depth',
				message: `The data is nested more than ${maxDataDepth} levels deep.`,
				at: safeLocate(text, firstLine, deep),
			},
		};
	return { data, duplicates };
}

function duplicateKeys(text: string, firstLine: number): YamlProblem[] {
	try {
		return parseYaml(text, firstLine)
			.errors.filter((error) => error.code === 'DUPLICATE_KEY')
			.map((error) => ({ kind: 'duplicate-key', message: error.message, at: error.at }));
	} catch {
		return [];
	}
}

function syntaxProblem(text: string, firstLine: number, failure: unknown): YamlProblem {
	if (failure instanceof RangeError)
		return { kind: 'depth', message: 'The data is nested too deeply to read.', at: { line: firstLine, column: 1 } };
	try {
		const parsed = parseYaml(text, firstLine);
		const [first] = parsed.errors;
		if (first) return { kind: 'syntax', message: first.message, at: first.at };
	} catch {
		// The position-keeping parser failed too; fall back to js-yaml's own mark.
	}
	const mark = (failure as { mark?: { line: number; column: number }; reason?: string }).mark;
	return {
		kind: 'syntax',
		message: (failure as { reason?: string }).reason ?? String(failure),
		at: mark ? { line: mark.line + firstLine, column: mark.column + 1 } : { line: firstLine, column: 1 },
	};
}

/** The first anchor (`&name`) or alias (`*name`) in the YAML, if any. */
function firstAnchor(text: string, firstLine: number): YamlProblem | undefined {
	const { isAlias, LineCounter, parseDocument, visit } = yamlLibrary();
	const lineCounter = new LineCounter();
	let document: Document;
	try {
		document = parseDocument(text, { lineCounter, uniqueKeys: false });
	} catch {
		return undefined;
	}
	let offset: number | undefined;
	visit(document, {
		Node(_, node) {
			if (isAlias(node) || node.anchor) {
				const start = node.range?.[0] ?? 0;
				// An anchor is written before its value (`&name {…}`); the node's range starts at the value.
				offset = isAlias(node) ? start : Math.max(0, text.lastIndexOf(`&${node.anchor}`, start));
				return visit.BREAK;
			}
			return undefined;
		},
	});
	if (offset === undefined) return undefined;
	const { line, col } = lineCounter.linePos(offset);
	return { kind: 'alias', message: 'The data uses a YAML anchor (&) or alias (*).', at: { line: line + firstLine - 1, column: col } };
}

/** The path to the first value nested deeper than `limit`, if any. */
function depthBeyond(data: unknown, limit: number, path: DataPath = []): DataPath | undefined {
	if (typeof data !== 'object' || data === null || data instanceof Date) return undefined;
	if (path.length >= limit) return path;
	const children: [string | number, unknown][] = Array.isArray(data) ? data.map((item, index) => [index, item]) : Object.entries(data);
	for (const [key, value] of children) {
		const found = depthBeyond(value, limit, [...path, key]);
		if (found) return found;
	}
	return undefined;
}

function safeLocate(text: string, firstLine: number, path: DataPath): Position {
	try {
		return parseYaml(text, firstLine).locate(path);
	} catch {
		return { line: firstLine, column: 1 };
	}
}

export interface ParsedYaml {
	/** YAML syntax errors, with their positions in the file. */
	errors: { code: string; message: string; at: Position }[];
	/** Where the value at `path` is written: the key for a map field, the item for a list entry, the nearest written parent when it is missing. */
	locate(path: DataPath): Position;
}

/** Parse YAML that starts at `firstLine` of its file (1-based), keeping every node's position. */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
	const { LineCounter, parseDocument } = yamlLibrary();
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
	const position = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};
	return {
		errors: document.errors.map((error) => {
			// A quote that is never closed is reported where it opens, not at the end of the frontmatter.
			const open = error.code === 'MISSING_CHAR' && /quote/.test(error.message) ? unclosedQuote(text) : undefined;
			return {
				code: error.code,
				message: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
				at: position(open ?? error.pos[0]),
			};
		}),
		locate: (path) => position(offsetOf(document, path)),
	};
}

/** The offset of a quoted scalar that runs to the end of the text without its closing quote. */
function unclosedQuote(text: string): number | undefined {
	let found: number | undefined;
	const walk = (node: unknown): void => {
		if (found !== undefined || typeof node !== 'object' || node === null) return;
		if (Array.isArray(node)) return node.forEach(walk);
		const token = node as { type?: string; offset?: number; source?: string };
		if (
			(token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') &&
			typeof token.offset === 'number' &&
			typeof token.source === 'string'
		) {
			const quote = token.source[0];
			if (token.source.length < 2 || !token.source.trimEnd().endsWith(quote)) found = token.offset;
			return;
		}
		for (const [key, value] of Object.entries(node)) if (key !== 'source') walk(value);
	};
	for (const token of new (yamlLibrary().Parser)().parse(text)) walk(token);
	return found;
}

function offsetOf(document: Document, path: DataPath): number {
	const { isMap, isScalar, isSeq } = yamlLibrary();
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

/** Astro's frontmatter rule (@astrojs/internal-helpers/frontmatter): optional BOM or blank lines, a `---` or `+++` line, anything, a line that starts with `---` or `+++`. */
const frontmatterPattern = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const delimiterPattern = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

export interface SplitFile {
	/** The frontmatter text between the delimiters, or undefined when Astro sees none. */
	yaml?: string;
	/** The line the frontmatter text starts on (1-based): the opening delimiter's line. */
	yamlLine: number;
	/** The delimiter Astro would read: `---` (YAML) or `+++` (TOML, which content may not use). */
	delimiter?: '---' | '+++';
	/** What Astro compiles as the body: the whole file with the frontmatter blanked out, so positions are the file's own. */
	body: string;
}

/** Separate the frontmatter from an MDX file, as Astro does. */
export function splitFrontmatter(text: string): SplitFile {
	const match = frontmatterPattern.exec(text);
	if (!match) return { yamlLine: 1, body: text };
	const raw = match[1];
	const delimiter = delimiterPattern.exec(text)?.[1] === '+++' ? '+++' : '---';
	const opening = match.index + match[0].search(/---|\+\+\+/);
	const yamlLine = text.slice(0, opening).split('\n').length;
	// Astro's "empty-with-spaces": the frontmatter becomes spaces, line breaks kept.
	const body = text.replace(`${delimiter}${raw}${delimiter}`, () => `   ${raw.replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length))}   `);
	return { yaml: raw, yamlLine, delimiter, body };
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

/** `fieldPositions`, parsed the first time a position is asked for: most files have nothing to place. */
export function positionsOnDemand(text: string, wholeFileIsYaml: boolean): (path: DataPath) => Position {
	let positions: ((path: DataPath) => Position) | undefined;
	return (path) => (positions ??= fieldPositions(text, wholeFileIsYaml))(path);
}

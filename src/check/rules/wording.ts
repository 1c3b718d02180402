/**
 * The words of a page in its language: one term for one thing, as the glossary prefers it (a
 * variant its `avoid` lists is warned, with the preferred term in the fix), and ranges written so
 * no Markdown reads them as strikethrough (`2014~2018` in Korean and Japanese text). Warnings:
 * a wording an editor should change, never one that blocks a pull request.
 */
import { createHash } from 'node:crypto';
import { defaultLocale } from '../../schema/locales.ts';
import type { ContentIndex } from '../content-index.ts';
import { diagnostic, type Diagnostic, type Position } from '../diagnostic.ts';
import type { EntryRecord } from '../entry-record.ts';
import { readContentFile } from '../read-file.ts';
import { escapeRegExp } from '../../util/escape-regexp.ts';

interface Variant {
	variant: string;
	preferred: string;
	term: string;
	/** Latin variants match whole words, in any case; others match as written. */
	matches: (text: string) => number;
}

function variantMatcher(variant: string): (text: string) => number {
	if (/^[\p{ASCII}]+$/u.test(variant)) {
		const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(variant)}(?![\\p{L}\\p{N}])`, 'iu');
		return (text) => text.search(pattern);
	}
	return (text) => text.indexOf(variant);
}

/** The variants to avoid in each language, from the glossary's terms. */
function variantsByLocale(index: ContentIndex): Map<string, Variant[]> {
	const result = new Map<string, Variant[]>();
	for (const entry of index.entries) {
		if (entry.collection !== 'glossary' || !entry.preferred) continue;
		for (const [locale, { name, avoid }] of Object.entries(entry.preferred)) {
			const list = result.get(locale) ?? [];
			for (const variant of avoid) list.push({ variant, preferred: name, term: entry.id, matches: variantMatcher(variant) });
			result.set(locale, list);
		}
	}
	return result;
}

/** A number, a tilde, a number: a range that GFM may read as the start or end of a strikethrough. */
const tildeRange = /\d\s*~\s*\d/;

/**
 * Where `found` first stands in the entry's file, outside its list of sources (a source keeps
 * its own title, old terms and all): found by reading the file again, only for an entry with a
 * warning.
 */
function locateText(absolute: (file: string) => string, entry: EntryRecord, found: (line: string) => number): Position {
	const read = readContentFile(absolute(entry.file));
	if (!read.ok) return { line: 1, column: 1 };
	let inSources = false;
	let inFrontmatter = false;
	const lines = read.text.split('\n');
	for (const [index, line] of lines.entries()) {
		if (line.trim() === '---') inFrontmatter = !inFrontmatter;
		else if (inFrontmatter && /^[A-Za-z]\w*:/.test(line)) inSources = line.startsWith('sources:');
		if (inFrontmatter && inSources) continue;
		const column = found(line);
		if (column >= 0) return { line: index + 1, column: column + 1 };
	}
	return { line: 1, column: 1 };
}

/** The language rules of one content: what they look for, and a digest of it. */
export interface WordingRules {
	/**
	 * A digest of the variants they look for in each language: what they found in an unchanged
	 * entry stands while it is the same (cache.ts).
	 */
	against: string;
	/** What they find in one entry, whose texts must be there (a result read back from the cache has none). */
	problems: (entry: EntryRecord) => Diagnostic[];
}

export function wordingRules(index: ContentIndex, absolute: (file: string) => string): WordingRules {
	const variants = variantsByLocale(index);
	const against = createHash('sha1')
		.update(
			JSON.stringify(
				[...variants].map(([locale, list]) => [locale, list.map(({ variant, preferred, term }) => [variant, preferred, term])]),
			),
		)
		.digest('base64');
	return { against, problems: (entry) => wordingProblems(variants, entry, absolute) };
}

function wordingProblems(variants: Map<string, Variant[]>, entry: EntryRecord, absolute: (file: string) => string): Diagnostic[] {
	const result: Diagnostic[] = [];
	if (entry.kind !== 'entry' && entry.kind !== 'translation') return result;
	const locale = entry.kind === 'translation' ? (entry.lang ?? defaultLocale) : defaultLocale;
	const text = `${entry.words ?? ''}\n${entry.body?.text ?? ''}`;
	for (const variant of variants.get(locale) ?? []) {
		if (variant.matches(text) < 0) continue;
		result.push(
			diagnostic(
				'avoided-term',
				entry.file,
				locateText(absolute, entry, variant.matches),
				`This page writes "${variant.variant}", which the glossary asks pages to call "${variant.preferred}" (term \`${variant.term}\`).`,
				`Write "${variant.preferred}" instead, so one thing has one name across the site. If the text quotes an old document by its own words, leave it.`,
			),
		);
	}
	if (locale !== defaultLocale && tildeRange.test(text))
		result.push(
			diagnostic(
				'tilde-range',
				entry.file,
				locateText(absolute, entry, (line) => line.search(tildeRange)),
				'A range is written with a tilde between numbers (e.g. 2014~2018): two of them on a line would strike the text between them through in Markdown.',
				locale === 'ja'
					? 'Write the range with a full-width wave dash or a dash: 2014～2018年 or 2014–2018年.'
					: 'Write the range with a dash, or in words: 2014–2018년, or 2014년부터 2018년까지.',
			),
		);
	return result;
}

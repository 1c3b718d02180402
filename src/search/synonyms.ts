/**
 * Glossary names and aliases as search synonyms: a page that mentions a term in any of its
 * names carries all of them as searchable text, so "ASRM", "Act on the Safety of Regenerative
 * Medicine", "재생의료법" and "再生医療等安全性確保法" find the same pages.
 */
import type { Entry } from '../graph/catalogue.ts';
import { escapeRegExp } from '../util/escape-regexp.ts';
import { memoise, memoisePerObject } from '../util/memoise.ts';
import { termNames as names } from '../schema/glossary.ts';
import type { Term } from '../schema/index.ts';

/** A text as the matchers read it: as written, lower-cased, and its Latin words, each found once. */
interface Haystack {
	text: string;
	lower: string;
	words: ReadonlySet<string>;
}

const latinWord = /[^a-z0-9]+/;

const haystack = (text: string): Haystack => {
	const lower = text.toLowerCase();
	return { text, lower, words: new Set(lower.split(latinWord)) };
};

/**
 * How each name is found in a text, made once per name: every page of a build asks about every
 * name, and most are not on it. A Latin name is looked for only when each of its words is a word
 * of the text (a whole-word match needs that), then matched as whole words in the lower-cased
 * text, which needs no slow case-insensitive expression. Latin names match whole words,
 * case-insensitively; CJK names match as written.
 */
const matcher = memoise(
	(name: string) => name,
	(name: string): ((value: Haystack) => boolean) => {
		if (!/^\p{ASCII}+$/u.test(name)) return ({ text }) => text.includes(name);
		const lower = name.toLowerCase();
		const words = lower.split(latinWord).filter(Boolean);
		const pattern = new RegExp(`(?<![a-z0-9])${escapeRegExp(lower)}(?![a-z0-9])`);
		return (haystack) => words.every((word) => haystack.words.has(word)) && pattern.test(haystack.lower);
	},
);

function mentions(value: Haystack, name: string): boolean {
	return matcher(name)(value);
}

/** A term's names, made once per term: every indexed page asks for every term's. */
const namesOf = memoisePerObject((term: Entry<Term>) => names(term.data));

/** The names a text is searched for: not those under three characters, which would match inside too much. */
const searchedNames = memoisePerObject((term: Entry<Term>) => namesOf(term).filter((name) => name.length >= 3));

/** The terms a page's text or term links mention. */
export function mentionedTerms(text: string, glossary: readonly Entry<Term>[], linkedIds: ReadonlySet<string> = new Set()): Entry<Term>[] {
	const value = haystack(text);
	return glossary.filter((term) => linkedIds.has(term.id) || searchedNames(term).some((name) => mentions(value, name)));
}

/**
 * Of the mentioned terms, those the page is about: a path the term lists under `paths`, or a
 * page whose own names (title, abbreviation) include one of the term's names. Their names
 * weigh like a title in search; the others' only make the page findable.
 */
export function termsAbout(terms: readonly Entry<Term>[], ownNames: readonly string[], pathId?: string): Entry<Term>[] {
	const own = haystack(ownNames.join(' '));
	return terms.filter(
		(term) => (pathId !== undefined && term.data.paths.includes(pathId)) || searchedNames(term).some((name) => mentions(own, name)),
	);
}

/** All names of the terms, once each. */
export function synonymText(terms: readonly Entry<Term>[]): string[] {
	return [...new Set(terms.flatMap(namesOf))];
}

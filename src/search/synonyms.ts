/**
 * Glossary names and aliases as search synonyms: a page that mentions a term in any of its
 * names carries all of them as searchable text, so "ASRM", "Act on the Safety of Regenerative
 * Medicine", "재생의료법" and "再生医療等安全性確保法" find the same pages.
 */
import type { Entry } from '../graph/catalogue.ts';
import type { Term } from '../schema/index.ts';

const names = (term: Term) => [term.en, term.ko, term.ja, ...term.aliases];

/** Latin names match whole words, case-insensitively; CJK names match as written. */
function mentions(text: string, name: string): boolean {
	if (/^\p{ASCII}+$/u.test(name)) {
		const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		return new RegExp(`(^|[^A-Za-z0-9])${escaped}($|[^A-Za-z0-9])`, 'i').test(text);
	}
	return text.includes(name);
}

/** The terms a page's text or term links mention. */
export function mentionedTerms(text: string, glossary: readonly Entry<Term>[], linkedIds: ReadonlySet<string> = new Set()): Entry<Term>[] {
	return glossary.filter((term) => linkedIds.has(term.id) || names(term.data).some((name) => name.length >= 3 && mentions(text, name)));
}

/**
 * Of the mentioned terms, those the page is about: a path the term lists under `paths`, or a
 * page whose own names (title, abbreviation) include one of the term's names. Their names
 * weigh like a title in search; the others' only make the page findable.
 */
export function termsAbout(terms: readonly Entry<Term>[], ownNames: readonly string[], pathId?: string): Entry<Term>[] {
	const own = ownNames.join(' ');
	return terms.filter(
		(term) =>
			(pathId !== undefined && term.data.paths.includes(pathId)) ||
			names(term.data).some((name) => name.length >= 3 && mentions(own, name)),
	);
}

/** All names of the terms, once each. */
export function synonymText(terms: readonly Entry<Term>[]): string[] {
	return [...new Set(terms.flatMap((term) => names(term.data)))];
}

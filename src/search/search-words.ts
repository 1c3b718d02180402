/**
 * The words search needs of a page beyond its visible text: the names of the glossary terms it
 * is about (weighed like its title), of the other terms it mentions, and the Korean stems and
 * halves of dot-joined words in all of it. Only pages that search indexes need them: an entry
 * page in a language it has no translation into is left to its English page (SearchText.astro).
 */
import type { Entry } from '../graph/catalogue.ts';
import { entryHref, type Term } from '../schema/index.ts';
import { compoundParts } from './compounds.ts';
import { koreanStems } from './korean.ts';
import { mentionedTerms, synonymText, termsAbout } from './synonyms.ts';

export interface SearchWords {
	/** Names that weigh like the title: the page's other names and the names of the terms it is about, less those the title contains. */
	extraNames: string[];
	/** Every other name and the names of the terms it is about, for ranking metadata. */
	metaNames: string[];
	/** Names of the other glossary terms the page mentions. */
	otherNames: string[];
	/** Korean words without their particles, and the halves of dot-joined words. */
	stems: string[];
}

/** A link to a glossary term, wherever the site lives: the id after the glossary's route. */
const termLink = new RegExp(`${entryHref('glossary', '')}([a-z0-9-]+)`, 'g');

/**
 * `html` is the page's text with or without markup; `names` its own names, the title first;
 * `pathId` a path's id (glossary terms that list the path are what it is about); `aboutNames`
 * the names a term must appear in to be what the page is about (its own names, by default).
 */
export function searchWords(
	html: string,
	names: readonly string[],
	glossary: readonly Entry<Term>[],
	pathId?: string,
	aboutNames: readonly string[] = names,
): SearchWords {
	const plain = html.replace(/<[^>]+>/g, ' ');
	const linked = new Set([...html.matchAll(termLink)].map((match) => match[1] ?? ''));
	const mentioned = mentionedTerms(plain, glossary, linked);
	const about = termsAbout(mentioned, aboutNames, pathId);
	const termNames = synonymText(about);
	const otherNames = synonymText(mentioned.filter((term) => !about.includes(term))).filter((name) => !termNames.includes(name));
	// The title is already indexed from the <h1>; only the names it does not contain are added.
	const extraNames = [...new Set([...names.slice(1), ...termNames])].filter((name) => !names[0]?.includes(name));
	// The metadata keeps every other name, even one the title contains: a short name that matches
	// most of the query ("Shonan iPark" for "Shonan") is what ranks an entry above longer titles.
	const metaNames = [...new Set([...names.slice(1), ...termNames])];
	const searchable = `${plain} ${names.join(' ')} ${termNames.join(' ')} ${otherNames.join(' ')}`;
	const stems = [...new Set([...koreanStems(searchable), ...compoundParts(searchable)])];
	return { extraNames, metaNames, otherNames, stems };
}

/**
 * Korean and Japanese join words with a middle dot (조건부·기한부, 条件・期限付). Pagefind drops
 * the dot and indexes one long word, so a search for either half finds it only as a weak
 * prefix match, or not at all. These are the halves, added to a page's searchable text.
 */

/** The middle dots that join words: Korean's U+00B7 and Japanese's katakana middle dot U+30FB. */
const joiners = /[\u00B7\u30FB]/;

/** Every part of a dot-joined word in `text`, once each, leaving out single characters. */
export function compoundParts(text: string): string[] {
	const parts = new Set<string>();
	if (!joiners.test(text)) return [];
	for (const word of text.split(/\s+/)) {
		if (!joiners.test(word)) continue;
		for (const part of word.split(joiners)) {
			// Brackets and sentence punctuation at the ends are not part of the word.
			const bare = part.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
			if ([...bare].length >= 2) parts.add(bare);
		}
	}
	return [...parts];
}

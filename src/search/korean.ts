/**
 * Pagefind splits Korean on spaces only, so a particle stays attached to its noun ("규제를",
 * "아이파크에") and a search for the bare noun misses it. These are the forms without the
 * particle, added to a page's searchable text.
 */

/** Common case particles and endings, longest first so "에서" wins over "에". */
const particles = [
	'에서는',
	'에서도',
	'으로는',
	'에게서',
	'에서',
	'에게',
	'으로',
	'부터',
	'까지',
	'처럼',
	'보다',
	'이나',
	'이며',
	'와는',
	'과는',
	'은',
	'는',
	'이',
	'가',
	'을',
	'를',
	'의',
	'에',
	'와',
	'과',
	'도',
	'로',
	'만',
	'나',
];

/** The stem of a Korean word that ends in a particle, or undefined. Stems keep at least two syllables. */
export function stripParticle(word: string): string | undefined {
	for (const particle of particles) {
		if (word.endsWith(particle) && word.length - particle.length >= 2) return word.slice(0, -particle.length);
	}
	return undefined;
}

/** Every particle-free form of the Korean words in `text`, once each. */
export function koreanStems(text: string): string[] {
	const stems = new Set<string>();
	for (const [word] of text.matchAll(/[\uAC00-\uD7A3]+/g)) {
		const stem = stripParticle(word);
		if (stem) stems.add(stem);
	}
	return [...stems];
}

/**
 * The one switch between Markdown processors. Sätteri (Astro 7's default, Rust, GFM built in)
 * renders the site; `unified` with remark-gfm is the fallback while Sätteri is 0.x.
 * Set BIOBRIDGE_MARKDOWN=unified to build with the fallback; test/build checks both agree.
 *
 * Quotes are left as written (no "smart" punctuation) in both: Sätteri turns a straight quote after
 * Hangul or kana into a closing mark on both sides (’특정세포 배양가공’), and the two processors
 * disagreed on Korean and Japanese text. Writers type ‘ ’ and “ ” where they want them.
 */
export type ProcessorName = 'satteri' | 'unified';

export async function markdownProcessor(name: string | undefined = 'satteri') {
	if (name === 'unified') {
		const [{ unified }, { default: remarkGfm }] = await Promise.all([import('@astrojs/markdown-remark'), import('remark-gfm')]);
		// Strikethrough only with two tildes: Korean and Japanese write ranges as 2014~2018.
		return unified({ remarkPlugins: [[remarkGfm, { singleTilde: false }]], smartypants: false });
	}
	if (name !== 'satteri') throw new Error(`BIOBRIDGE_MARKDOWN must be "satteri" or "unified", not "${name}".`);
	const [{ satteri }, { singleTildeAsText }] = await Promise.all([import('@astrojs/markdown-satteri'), import('./single-tilde.ts')]);
	return satteri({ mdastPlugins: [singleTildeAsText], features: { smartPunctuation: false } });
}

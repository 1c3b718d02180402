/**
 * The one switch between Markdown processors. Sätteri (Astro 7's default, Rust, GFM built in)
 * renders the site; `unified` with remark-gfm is the fallback while Sätteri is 0.x.
 * Set BIOBRIDGE_MARKDOWN=unified to build with the fallback; test/build checks both agree.
 */
export type ProcessorName = 'satteri' | 'unified';

export async function markdownProcessor(name: string | undefined = 'satteri') {
	if (name === 'unified') {
		const [{ unified }, { default: remarkGfm }] = await Promise.all([import('@astrojs/markdown-remark'), import('remark-gfm')]);
		return unified({ remarkPlugins: [remarkGfm] });
	}
	if (name !== 'satteri') throw new Error(`BIOBRIDGE_MARKDOWN must be "satteri" or "unified", not "${name}".`);
	const { satteri } = await import('@astrojs/markdown-satteri');
	return satteri();
}

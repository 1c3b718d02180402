/** The entries' compiled bodies are bundled in one chunk (src/entry-chunks.ts). */
import { describe, expect, it } from 'vitest';
import { entryChunks, isEntryModule } from '../../src/entry-chunks.ts';

const content = '/work/site/content';
/** The chunk a module goes to, as Rolldown asks the group for it. */
const chunkOf = (id: string) => entryChunks(content).groups[0]?.name(id);

describe('entryChunks', () => {
	it('puts every entry body, with whatever query Astro adds, in the chunk "entries"', () => {
		for (const id of [
			'/work/site/content/cros/cmic.mdx',
			'/work/site/content/paths/asrm-class-1.ko.mdx',
			'/work/site/content/benefits/shonan-office.mdx?astroPropagatedAssets',
		])
			expect(chunkOf(id), id).toBe('entries');
	});

	it('leaves every other module to Rolldown: code, components, other content, and a look-alike folder', () => {
		for (const id of [
			'/work/site/src/components/Ref.astro',
			'/work/site/src/pages/[...locale]/[collection]/[id].astro',
			'/work/site/content/glossary.yaml',
			'/work/site/content-old/cros/cmic.mdx',
			'/work/site/node_modules/astro/dist/runtime/server/index.js',
			'/work/site/content/cros/cmic.mdx.js',
		])
			expect(chunkOf(id), id).toBeNull();
	});

	it('reads a Windows content folder the way Vite names modules, with forward slashes', () => {
		expect(isEntryModule('C:/site/content/cros/cmic.mdx', 'C:\\site\\content')).toBe(true);
		expect(isEntryModule('C:/site/content/cros/cmic.mdx', 'C:\\site\\content\\')).toBe(true);
	});
});

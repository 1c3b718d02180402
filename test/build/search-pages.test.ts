/**
 * The search indexer never reads the pages the content says search does not index
 * (src/integrations/pagefind.ts): the Korean and Japanese pages of an entry with no translation
 * into them, whose English page stands in. The variant site leaves one entry untranslated
 * (test/build/setup.ts): its two pages must be those, and must carry nothing search would index.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchPages } from '../../src/integrations/pagefind.ts';
import { isIndexed } from '../../src/search/pagefind-index.ts';
import { temporaryDir } from '../unit/fixtures.ts';
import { baseSiteDir, root, untranslatedEntry } from './site.ts';

describe('the pages search never reads', () => {
	it('are the other languages of an untranslated entry, and search would index nothing on them', () => {
		const content = join(temporaryDir('biobridge-search-pages-'), 'content');
		cpSync(join(root, 'content'), content, { recursive: true });
		for (const locale of ['ko', 'ja']) rmSync(join(content, `${untranslatedEntry}.${locale}.mdx`));
		const { skipped } = searchPages(content);
		expect(skipped).toEqual([`ja/${untranslatedEntry}/index.html`, `ko/${untranslatedEntry}/index.html`]);
		for (const file of skipped) expect(isIndexed(readFileSync(join(baseSiteDir, file), 'utf8')), file).toBe(false);
	});
});

/**
 * "Translate this page" on a page still in English (issue #22, item 5): GitHub's new-file page
 * for `<id>.<lang>.mdx` in the entry's folder, filled in with the draft `npm run new --
 * translation` writes — the whole draft where it fits in an address, fewer of its texts where it
 * does not. Tested on real entries here because the built site may have no page left in English;
 * the fourth-language build test sees the link on built pages, where every page is.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { longestAddress, translationTarget } from '../../src/lib/edit-links.ts';
import { translationTemplate } from '../../src/lib/translation-template.ts';
import type { EntryCollection } from '../../src/schema/index.ts';
import { siteLocation } from '../../src/site-location.ts';

const originals = (collection: EntryCollection) =>
	readdirSync(join('content', collection))
		.filter((name) => /^[a-z0-9-]+\.mdx$/.test(name))
		.map((name) => join('content', collection, name))
		.sort((a, b) => statSync(a).size - statSync(b).size);

function started(collection: EntryCollection, file: string) {
	const id = file
		.split('/')
		.at(-1)!
		.replace(/\.mdx$/, '');
	const { kind, href } = translationTarget(collection, id, 'ko', file);
	const address = new URL(href);
	const original = readFileSync(file, 'utf8');
	const draft = (carry: 'all' | 'words' | 'title') =>
		translationTemplate(collection, original, 'ko', { carry, originalFile: `content/${collection}/${id}.mdx` });
	return { id, kind, href, address, value: address.searchParams.get('value'), draft };
}

describe('the link that starts a translation', () => {
	it('opens GitHub’s new-file page in the entry’s folder, named for the translation, with the whole draft, body included', () => {
		const { id, kind, href, address, value, draft } = started('cros', originals('cros')[0]!);
		expect(kind).toBe('translation');
		expect(href.startsWith(`${siteLocation.repository}/new/${siteLocation.branch}/content/cros?`)).toBe(true);
		expect(address.searchParams.get('filename')).toBe(`${id}.ko.mdx`);
		expect(value).toBe(draft('all'));
		expect(value).toMatch(/FILL IN: translate the page below into Korean/);
		expect(value).toMatch(/^translatedFrom: \d{4}-\d{2}-\d{2}$/m);
	});

	it('leaves the body out of the draft of a page too long for an address, and stays within what GitHub accepts', () => {
		const { href, value, draft } = started('paths', originals('paths').at(-1)!);
		expect(encodeURIComponent(draft('all')).length).toBeGreaterThan(longestAddress);
		expect(href.length).toBeLessThanOrEqual(longestAddress);
		expect([draft('words'), draft('title')]).toContain(value);
	});
});

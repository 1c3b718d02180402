import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.ts';
import { createEntry } from '../../scripts/new-entry.ts';
import { createTranslation } from '../../scripts/new-translation.ts';
import { idFromName } from '../../src/schema/ids.ts';
import { contentWith } from './fixtures.ts';

const today = '2026-11-21';

/** What an editor types over the template's placeholders for a new CRO. */
function fillCro(text: string): string {
	return text
		.replace(/summary: "FILL IN[^"]*"/, 'summary: "A Tokyo laboratory that runs GLP toxicology studies."')
		.replace(/reviewed: "FILL IN[^"]*"/, `reviewed: ${today}`)
		.replace(/title: "FILL IN[^"]*"/, 'title: "Company profile"')
		.replace(/url: "FILL IN[^"]*"/, 'url: https://example.org/profile')
		.replace(/country: "FILL IN[^"]*"/, 'country: JP')
		.replace(/services: \["FILL IN[^\]]*\]/, 'services: [nonclinical-safety]')
		.replace(/stages: \["FILL IN[^\]]*\]/, 'stages: [nonclinical]')
		.replace(/language: "FILL IN[^"]*"/, 'language: ja')
		.replace(/source: "FILL IN[^"]*"/, 'source: 1')
		.replace(/FILL IN: the page[^\n]*/, 'Runs GLP toxicology studies for cell therapies.');
}

describe('npm run new', () => {
	it('writes a CRO that fails the check until its placeholders are filled, then passes', async () => {
		const contentDir = contentWith();
		const file = createEntry(contentDir, 'cros', 'Tokyo Tox Lab K.K.');
		expect(file.endsWith('cros/tokyo-tox-lab-k-k.mdx')).toBe(true);
		const before = await check({ contentDir, today });
		expect(before.errors).toBeGreaterThan(0);
		expect(new Set(before.diagnostics.map((d) => d.code))).toEqual(new Set(['unfilled-placeholder']));
		const bodyLine =
			readFileSync(file, 'utf8')
				.split('\n')
				.findIndex((line) => line.startsWith('FILL IN: the page')) + 1;
		expect(before.diagnostics.find((d) => d.message.startsWith('The body'))).toMatchObject({ line: bodyLine, column: 1 });
		writeFileSync(file, fillCro(readFileSync(file, 'utf8')));
		expect((await check({ contentDir, today })).diagnostics).toEqual([]);
	});

	it('writes a template for every collection that the checker reads without crashing', async () => {
		const contentDir = contentWith();
		for (const collection of ['paths', 'institutions', 'zones', 'benefits']) createEntry(contentDir, collection, `New ${collection}`);
		const { diagnostics } = await check({ contentDir, today });
		expect(diagnostics.length).toBeGreaterThan(0);
		expect(diagnostics.every((d) => d.code === 'unfilled-placeholder')).toBe(true);
	});

	it('refuses to overwrite an existing entry', () => {
		const contentDir = contentWith();
		expect(() => createEntry(contentDir, 'cros', 'Lab')).toThrow('content/cros/lab.mdx already exists');
	});

	it('rejects a bad id, and asks for --id when the title has no Latin letters', () => {
		const contentDir = contentWith();
		expect(() => createEntry(contentDir, 'cros', 'Lab', 'My_Lab')).toThrow('is not a valid id');
		expect(() => createEntry(contentDir, 'institutions', '충북테크노파크')).toThrow('--id');
		expect(createEntry(contentDir, 'institutions', '충북테크노파크', 'chungbuk-tp').endsWith('chungbuk-tp.mdx')).toBe(true);
		expect(() => createEntry(contentDir, 'labs', 'Lab')).toThrow('Unknown collection');
	});

	it('derives ids from titles', () => {
		expect(idFromName('Shonan iPark (Fujisawa)')).toBe('shonan-ipark-fujisawa');
		expect(idFromName('Café Bio')).toBe('cafe-bio');
		expect(idFromName('재생의료')).toBeUndefined();
	});
});

describe('npm run new -- translation', () => {
	it('starts a translation from the original that fails the check until every placeholder is translated, then passes', async () => {
		const contentDir = contentWith();
		const file = createTranslation(contentDir, 'paths/approval', 'ko');
		expect(file.endsWith('paths/approval.ko.mdx')).toBe(true);
		const before = await check({ contentDir, today });
		expect(new Set(before.diagnostics.map((d) => d.code))).toEqual(new Set(['unfilled-placeholder']));
		const translated = readFileSync(file, 'utf8')
			.replace(/'FILL IN: translate "[^"]*"'/g, '"승인 관련 한국어 문장"')
			.replace(/FILL IN: translate the page below[^\n]*\n/, '');
		writeFileSync(file, translated);
		expect((await check({ contentDir, today })).diagnostics).toEqual([]);
		expect(translated).toContain('translatedFrom: 2026-06-01');
	});

	it('refuses a language the site is not translated into, and an entry that does not exist', () => {
		const contentDir = contentWith();
		expect(() => createTranslation(contentDir, 'paths/approval', 'zh')).toThrow(/not a language the site is translated into/);
		expect(() => createTranslation(contentDir, 'paths/nowhere', 'ko')).toThrow(/does not exist/);
	});
});

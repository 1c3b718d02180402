/**
 * The languages are declared once (src/schema/locales.ts). Adding one is its entry there and its
 * dictionary in src/i18n/dictionaries/ — nothing else: this builds a copy of the project with a fourth
 * language from a fixture dictionary, and finds every page in it, in that language's interface,
 * with the content's English marked as not yet translated.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy.ts';
import { contentWith, temporaryDir } from '../unit/fixtures.ts';

const notTranslated = "Cette page n'est pas encore traduite en français. Le texte ci-dessous est en anglais.";
/** A fixture dictionary: the English one, with the words this test reads in French. */
const dictionary = `import { en, type Dictionary } from './en.ts';

export const fr: Dictionary = { ...en, entry: { ...en.entry, notTranslated: ${JSON.stringify(notTranslated)} } };
`;

describe('a fourth language', () => {
	let dist = '';
	let output = '';
	let status: number | null = null;

	beforeAll(() => {
		const dir = copyProject(temporaryDir('biobridge-locale-'));
		cpSync(contentWith(), join(dir, 'content'), { recursive: true });
		const locales = join(dir, 'src', 'schema', 'locales.ts');
		const declared = readFileSync(locales, 'utf8');
		const jaLine = /^\tja: \{.*\},$/m.exec(declared)?.[0];
		expect(jaLine).toBeDefined();
		writeFileSync(
			locales,
			declared.replace(jaLine!, `${jaLine}\n\tfr: { label: 'Français', englishName: 'French', intl: 'fr-FR', fieldSuffix: 'Fr' },`),
		);
		writeFileSync(join(dir, 'src', 'i18n', 'dictionaries', 'fr.ts'), dictionary);
		const built = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1' },
		});
		status = built.status;
		output = `${built.stdout}\n${built.stderr}`;
		dist = join(dir, 'dist');
	}, 600_000);

	it('builds', () => {
		expect(status, output.slice(-3000)).toBe(0);
	});

	it('has every page in it, declaring the language, with the English text marked as not yet translated', () => {
		const home = readFileSync(join(dist, 'fr', 'index.html'), 'utf8');
		expect(home).toMatch(/<html[^>]* lang="fr"/);
		const path = readFileSync(join(dist, 'fr', 'paths', 'approval', 'index.html'), 'utf8');
		expect(path).toContain(notTranslated.replace("'", '&#39;'));
		for (const page of ['cros/lab', 'institutions/pmda', 'glossary', 'finder'])
			expect(existsSync(join(dist, 'fr', page, 'index.html')), page).toBe(true);
	});

	it('offers to start each page’s translation: GitHub’s new file for it, with the draft in it', () => {
		const path = readFileSync(join(dist, 'fr', 'paths', 'approval', 'index.html'), 'utf8');
		const href = /<p class="edit-link"[^>]*>[\s\S]*?<a href="([^"]+)"/.exec(path)?.[1]?.replaceAll('&amp;', '&');
		expect(href).toBeDefined();
		const address = new URL(href!);
		expect(address.pathname).toMatch(/\/new\/[^/]+\/content\/paths$/);
		expect(address.searchParams.get('filename')).toBe('approval.fr.mdx');
		expect(address.searchParams.get('value')).toMatch(/^translatedFrom: \d{4}-\d{2}-\d{2}$/m);
		expect(address.searchParams.get('value')).toContain('FILL IN');
	});

	it('is linked from the other languages and offered by the language switcher', () => {
		const english = readFileSync(join(dist, 'paths', 'approval', 'index.html'), 'utf8');
		expect(english).toMatch(/hreflang="fr"/);
		expect(english).toContain('Français');
	});
});

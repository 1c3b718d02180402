/**
 * The December 2026 probe of hostile content edits (../shared/reviews/2026-12/hostile-pull-requests.md),
 * by class rather than by string: each reproduction, and others of its class written another way,
 * must fail the check at its file and line — or, for the reports, print nothing that a CI log or a
 * reader could take for something else.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.ts';
import { sourceReader } from '../../src/check/read-file.ts';
import { pretty } from '../../src/check/reporters/pretty.ts';
import { contentWith } from './fixtures.ts';

const today = '2026-11-21';
const lab = (contentDir: string) => join(contentDir, 'cros', 'lab.mdx');

function edited(file: string, edit: (text: string) => string, contentDir = contentWith()): string {
	const path = join(contentDir, file);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	return contentDir;
}
const addBody = (extra: string, contentDir = contentWith()) => edited('cros/lab.mdx', (text) => `${text}\n${extra}\n`, contentDir);
const where = async (contentDir: string) =>
	(await check({ contentDir, today })).diagnostics.map(({ code, file, line }) => ({ code, file, line }));
const at19 = (code: string) => [{ code, file: 'content/cros/lab.mdx', line: 19 }];

describe('a body cannot make the build import or read a file', () => {
	it.each([
		['a module next to the entry (A01)', '![Process diagram](./.diagram.js)'],
		['the environment, raw (A02)', '![Process diagram](../../../../../../../../proc/self/environ?raw)'],
		['a file in an angle-bracket address (A08)', '![x](<../../../../../../../../proc/self/environ?raw>)'],
		['the environment, base64-inlined (A12)', '![x](../../../../../../../../proc/self/environ?url&inline)'],
		['a module of the repository (A06)', '![x](../../scripts/new-entry.ts)'],
		['a worker', '![x](/images/chart.png?worker)'],
		['an image with a hash', '![x](/images/chart.png#frag)'],
		['an image outside the image folder', '![x](/favicon.svg)'],
		['a percent-encoded way out', '![x](/images/%2e%2e/%2e%2e/etc/passwd.png)'],
		['an SVG, which can carry script', '![x](/images/chart.svg)'],
		['an HTML image of a file (A13)', '<img src="../../../../proc/self/environ?url" width="1" height="1" alt="" />'],
	])('refuses %s at its line', async (_, body) => {
		expect(await where(addBody(body))).toEqual(at19('unsafe-image'));
	});

	it('refuses an image reference whose definition names a file, at the definition (A09)', async () => {
		const contentDir = addBody('![x][img]\n\n[img]: ../../../../proc/self/environ?raw');
		expect(await where(contentDir)).toEqual([{ code: 'unsafe-image', file: 'content/cros/lab.mdx', line: 21 }]);
	});

	it('refuses an image reference to another host (B02) and a backslash host (B11, B12)', async () => {
		expect(await where(addBody('![PMDA logo][logo]\n\n[logo]: https://evil.example/pixel.png'))).toEqual([
			{ code: 'unsafe-url', file: 'content/cros/lab.mdx', line: 21 },
		]);
		expect(await where(addBody('<img src="/\\evil.example/track.png" alt="" />'))).toEqual(at19('unsafe-url'));
		expect(await where(addBody('![x](/\\evil.example/track.png)'))).toEqual(at19('unsafe-url'));
	});

	it('refuses responsive images, whose srcset the image rule never sees (B01)', async () => {
		expect(await where(addBody('<picture><source srcset="https://evil.example/track.png 1x" /></picture>'))).toEqual([
			...at19('html-element'),
			...at19('html-element'),
		]);
	});

	it('shows an image from public/images/ that is what its name says, and no other', async () => {
		const contentDir = addBody('![The plan](/images/plans/plan.png)');
		mkdirSync(join(contentDir, '..', 'public', 'images', 'plans'), { recursive: true });
		const png = join(contentDir, '..', 'public', 'images', 'plans', 'plan.png');
		writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
		expect(await where(contentDir)).toEqual([]);
		writeFileSync(png, '<script>alert(1)</script>');
		expect(await where(contentDir)).toEqual([
			{ code: 'broken-image', file: 'content/cros/lab.mdx', line: 19 },
			{ code: 'broken-image', file: 'public/images/plans/plan.png', line: 1 },
		]);
	});
});

describe('nothing under content/ goes unaccounted for', () => {
	it.each([
		['a dot file beside the entries (A01, A04)', 'cros/.chart.mjs', 'content/cros/.chart.mjs'],
		['a hidden MDX file (X12, X18)', 'cros/.hidden-draft.mdx', 'content/cros/.hidden-draft.mdx'],
		['a dot folder at the top (A05)', '.assets/logo.js', 'content/.assets'],
	])('reports %s', async (_, file, shown) => {
		const contentDir = contentWith();
		mkdirSync(join(contentDir, file, '..'), { recursive: true });
		writeFileSync(join(contentDir, file), 'export default {};');
		expect(await where(contentDir)).toEqual([{ code: 'unexpected-file', file: shown, line: 1 }]);
	});

	it('reports what public/images/ holds that is not an image', async () => {
		const contentDir = contentWith();
		const images = join(contentDir, '..', 'public', 'images');
		mkdirSync(images, { recursive: true });
		writeFileSync(join(images, 'chart.mjs'), 'export default 1;');
		writeFileSync(join(images, '.hidden.png'), 'x');
		expect((await where(contentDir)).map((d) => d.file)).toEqual(['public/images/.hidden.png', 'public/images/chart.mjs']);
	});
});

describe('a link must go where it says', () => {
	it.each([
		[
			'an official domain before the real one (B03)',
			'[www.pmda.go.jp/fees](https://www.pmda.go.jp.fees-portal.example/login)',
			'unsafe-host',
		],
		['an official domain in a hyphenated name', '[Fees](https://pmda-go-jp.example/fees.pdf)', 'unsafe-host'],
		['a Cyrillic letter in the host (B04)', '[PMDA](https://www.pmdа.go.jp/english/)', 'unsafe-host'],
		['punycode', '[PMDA](https://www.xn--pmd-8cd.go.jp/english/)', 'unsafe-host'],
		['text that names another address', '[www.pmda.go.jp/fees](https://fees.example.org/)', 'deceptive-link'],
		[
			'a label that names the official site (B55)',
			'<a href="https://evil.example/" aria-label="PMDA official site (pmda.go.jp)">PMDA</a>',
			'deceptive-link',
		],
		['a phone number that dials another (B56)', '[03-3506-9456](tel:+1-900-555-0199)', 'deceptive-link'],
		['an address that mails another (B56)', '[pmda@pmda.go.jp](mailto:support@pmda-filing.example)', 'deceptive-link'],
		[
			'an e-mail with a message already written',
			'[Write to us](mailto:info@pmda.go.jp?subject=Dossier&body=Attach%20it)',
			'deceptive-link',
		],
	])('refuses %s', async (_, body, code) => {
		expect(await where(addBody(body))).toEqual(at19(code));
	});

	it('accepts links whose words match where they go', async () => {
		const contentDir = addBody(
			'[www.pmda.go.jp](https://www.pmda.go.jp/english/), [laws.e-gov.go.jp](https://elaws.e-gov.go.jp/document), [03-3506-9456](tel:+81-3-3506-9456), [info@pmda.go.jp](mailto:info@pmda.go.jp), [the 2014–2018 targets](https://www.pmda.go.jp/), [PMDA](https://www.pmda.go.jp/).',
		);
		expect(await where(contentDir)).toEqual([]);
	});

	it('refuses a look-alike source address (F06) and a look-alike in the glossary (G05)', async () => {
		const contentDir = edited('cros/lab.mdx', (text) =>
			text.replace('https://lab.example.jp/', 'https://laws.e-gov.go.jp.evil.example/law/1'),
		);
		expect(await where(contentDir)).toEqual([{ code: 'unsafe-host', file: 'content/cros/lab.mdx', line: 9 }]);
		const glossary = edited(
			'glossary.yaml',
			(text) => `${text}  sources:\n    - title: PMD Act\n      url: "https://laws.e-gov.go.jp.evil.example/law/335AC0000000145"\n`,
		);
		expect((await where(glossary)).map((d) => d.code)).toEqual(['unsafe-host']);
	});

	it("refuses a public body's site off its government's domains (F07), whatever the script", async () => {
		const homograph = edited('institutions/pmda.mdx', (text) =>
			text.replace('country: JP', 'country: JP\nwebsite: https://www.pmdа.go.jp/english/'),
		);
		expect(await where(homograph)).toEqual([{ code: 'unsafe-host', file: 'content/institutions/pmda.mdx', line: 7 }]);
		const elsewhere = edited('institutions/pmda.mdx', (text) =>
			text.replace('country: JP', 'country: JP\nwebsite: https://pmda-japan.example.com/'),
		);
		expect(await where(elsewhere)).toEqual([{ code: 'unsafe-host', file: 'content/institutions/pmda.mdx', line: 7 }]);
		const official = edited('institutions/pmda.mdx', (text) =>
			text.replace('country: JP', 'country: JP\nwebsite: https://www.pmda.go.jp/english/'),
		);
		expect(await where(official)).toEqual([]);
	});
});

describe("a body cannot take the page's own ids", () => {
	it.each([
		['Source 1 (B43)', '## Source 1'],
		['a step', '### Step apply'],
		['a section', '## Section sources'],
		['the main landmark', '## Main'],
	])('refuses a heading that would be %s', async (_, heading) => {
		expect(await where(addBody(heading))).toEqual(at19('reserved-id'));
	});

	it('refuses a class list that smuggles the site’s own classes in after an allowed one (B44)', async () => {
		expect(await where(addBody('<code class="language-x notice table-scroll">Notice</code>'))).toEqual(at19('html-attribute'));
	});
});

describe('the checker reads YAML as the build does', () => {
	it.each([
		[
			'a merge key in the frontmatter (F10)',
			'cros/lab.mdx',
			(t: string) => t.replace('memberOf: [pmda]', 'memberOf: [pmda]\n<<: { draft: true }'),
			15,
		],
		['a tag (F09)', 'cros/lab.mdx', (t: string) => t.replace('summary: A CRO.', 'summary: !!binary QSBDUk8u'), 3],
		[
			'a merge key in the finder (H04)',
			'finder.yaml',
			(t: string) => t.replace('      - id: consult\n', '      - id: consult\n        <<: { next: zone }\n'),
			8,
		],
		['a directive in the finder (H03)', 'finder.yaml', (t: string) => `%YAML 1.1\n---\n${t}`, 1],
	])('refuses %s at its line', async (_, file, edit, line) => {
		expect(await where(edited(file, edit))).toEqual([{ code: 'unsupported-yaml', file: `content/${file}`, line }]);
	});

	it('refuses a second byte-order mark, which the build would read as no frontmatter at all (X17)', async () => {
		const contentDir = contentWith();
		writeFileSync(lab(contentDir), `\uFEFF\uFEFF${readFileSync(lab(contentDir), 'utf8')}`);
		const [found] = (await check({ contentDir, today })).diagnostics;
		expect({ code: found.code, line: found.line, column: found.column }).toEqual({ code: 'invalid-encoding', line: 1, column: 2 });
	});
});

describe('a body cannot crash or stall the build or the checker', () => {
	it.each([
		['7,000 nested quotes (D09)', '>'.repeat(7_000) + ' deep', 'line-too-long'],
		['quotes nested past the limit', '>'.repeat(20) + ' deep', 'too-deep'],
		['a 700-deep list (D06b)', Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'), 'too-deep'],
		['40,000 nested spans (D05)', `${'<span>'.repeat(400)}x${'</span>'.repeat(400)}`, 'line-too-long'],
		['elements nested past the limit', `${'<span>'.repeat(30)}x${'</span>'.repeat(30)}`, 'too-deep'],
		['a 40 KB line of errors (D10)', 'x{1}'.repeat(10_000), 'line-too-long'],
	])('refuses %s without parsing it', async (_, body, code) => {
		const found = await where(addBody(body));
		expect(found.map((d) => d.code)).toEqual([code]);
	});

	it('keeps the report of a long line short: each frame shows a window of the line (D10)', async () => {
		const contentDir = addBody(`${'word '.repeat(900)}[x](javascript:alert(1)) ${'word '.repeat(90)}`);
		const result = await check({ contentDir, today });
		const report = pretty(result, { color: false, strict: false, readSource: sourceReader(join(contentDir, '..')) });
		expect(result.diagnostics.map((d) => d.code)).toEqual(['code-javascript-url']);
		expect(Math.max(...report.split('\n').map((line) => line.length))).toBeLessThan(300);
	});

	it('works out "did you mean" for the first 20 broken links of a file only (D01, D02)', async () => {
		const links = Array.from({ length: 200 }, (_, i) => `[a](/crox/lab${i}/)`).join('\n');
		const { diagnostics } = await check({ contentDir: addBody(links), today });
		expect(diagnostics.length).toBe(200);
		expect(diagnostics.filter((d) => d.hint.includes('Did you mean')).length).toBe(20);
	});

	it('refuses a glossary term with more aliases than any term needs (D03)', async () => {
		const aliases = Array.from({ length: 31 }, (_, i) => `zq${i}`).join(', ');
		const contentDir = edited('glossary.yaml', (text) => text.replace('aliases: [CTN]', `aliases: [${aliases}]`));
		expect((await where(contentDir)).map((d) => d.code)).toEqual(['invalid-value']);
	});
});

describe('a file name cannot write into the CI log (X16)', () => {
	it('prints no line that GitHub would read as a workflow command', async () => {
		const contentDir = contentWith();
		const name = 'x\n::error file=README.md,line=1,title=Security notice::CI token leaked\n::add-mask::x\n.mdx';
		writeFileSync(join(contentDir, 'cros', name), readFileSync(lab(contentDir)));
		const result = await check({ contentDir, today });
		expect(result.errors).toBeGreaterThan(0);
		const report = pretty(result, { color: false, strict: false, readSource: sourceReader(join(contentDir, '..')) });
		expect(report.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
		expect(report).toContain('\u240a::error');
	});
});

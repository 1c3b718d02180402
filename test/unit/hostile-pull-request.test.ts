/**
 * A hostile or careless pull request, one change at a time: each reproduction from the
 * hardening issue must fail the check with a clear diagnostic at the right file and line, and
 * nothing from outside content/ may reach the report.
 */
import { appendFileSync, mkdirSync, readFileSync, symlinkSync, utimesSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.ts';
import { runCli } from '../../src/check/run-cli.ts';
import { pretty } from '../../src/check/reporters/pretty.ts';
import { sourceReader } from '../../src/check/read-file.ts';
import { contentWith, temporaryDir } from './fixtures.ts';

const today = '2026-11-21';
const lab = (contentDir: string) => join(contentDir, 'cros', 'lab.mdx');

/** The base fixture with `cros/lab.mdx` changed by `edit`. */
function labWith(edit: (text: string) => string): string {
	const contentDir = contentWith();
	writeFileSync(lab(contentDir), edit(readFileSync(lab(contentDir), 'utf8')));
	return contentDir;
}

const where = async (contentDir: string) =>
	(await check({ contentDir, today })).diagnostics.map(({ code, file, line }) => ({ code, file, line }));
const addBody = (extra: string) => labWith((text) => `${text}\n${extra}\n`);
const bodyLine = 19;

describe('a pull request that tries to reach a reader', () => {
	it('cannot end the JSON-LD script through a summary: markup in a plain-text field is an error at its line', async () => {
		const contentDir = labWith((text) =>
			text.replace('summary: A CRO.', 'summary: "</script><meta http-equiv=refresh content=0;url=https://evil.example> A company"'),
		);
		expect(await where(contentDir)).toEqual([{ code: 'markup-in-text', file: 'content/cros/lab.mdx', line: 3 }]);
	});

	it.each([
		['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example" />', 'html-element'],
		['a form that posts elsewhere', '<form action="https://evil.example/collect"></form>', 'html-element'],
		['a base element', '<base href="https://evil.example/" />', 'html-element'],
		['a stylesheet link', '<link rel="stylesheet" href="https://evil.example/x.css" />', 'html-element'],
		['a script', '<script src="/x.js"></script>', 'code-element'],
		['a positioned overlay', '<div style="position:fixed;inset:0">Covered.</div>', 'html-attribute'],
		['an id that takes over the page’s own', '<span id="main">x</span>', 'html-attribute'],
		['an image from another host', '<img src="https://evil.example/pixel.png" alt="" />', 'unsafe-url'],
		['a Markdown image from another host', '![plan](https://evil.example/pixel.png)', 'unsafe-url'],
		['a data: link', '[open](data:text/html;base64,PHNjcmlwdD4=)', 'unsafe-url'],
		['an http link', '[open](http://example.org/)', 'unsafe-url'],
		['a protocol-relative link', '<a href="//evil.example/">x</a>', 'unsafe-url'],
		['a link with a password', '[open](https://admin:s3cret@example.org/)', 'unsafe-url'],
		['javascript: hidden by a tab reference', '<a href="java&#x09;script:alert(1)">x</a>', 'code-javascript-url'],
		['javascript: in a Markdown link', '[x](javascript:alert(1))', 'code-javascript-url'],
		['an event handler', '<span onClick="alert(1)">x</span>', 'code-event-handler'],
		['javascript: in a heading’s link', '## See [x](javascript:alert(1))', 'code-javascript-url'],
		['a script in a heading', '## Title <script src="/x.js"></script>', 'code-element'],
		['an event handler in a heading', '## <span onClick="alert(1)">Title</span>', 'code-event-handler'],
		['code in a heading', '## Title {alert(1)}', 'code-expression'],
	])('is stopped when the body has %s', async (_, html, code) => {
		expect(await where(addBody(html))).toEqual([{ code, file: 'content/cros/lab.mdx', line: bodyLine }]);
	});

	it('may use the elements and attributes content needs', async () => {
		const contentDir = addBody(
			'<p lang="ko">한국어 요약</p>\n\n<strong title="Pharmaceuticals and Medical Devices Agency">PMDA</strong>, <a href="https://www.pmda.go.jp/">PMDA</a>, <a href="mailto:info@example.org">mail</a>, <a href="tel:+81-3-0000-0000">call</a>',
		);
		expect(await where(contentDir)).toEqual([]);
	});

	it('cannot publish a source address with a user name and password, and the report does not repeat the password', async () => {
		const contentDir = labWith((text) => text.replace('url: "https://lab.example.jp/"', 'url: "https://admin:s3cret@lab.example.jp/"'));
		const result = await check({ contentDir, today });
		expect(result.diagnostics.map(({ code, line }) => ({ code, line }))).toEqual([{ code: 'insecure-source', line: 9 }]);
		expect(`${result.diagnostics[0].message} ${result.diagnostics[0].hint}`).not.toContain('s3cret');
	});
});

describe('a pull request that tries to read the CI machine', () => {
	it('cannot print the environment through a link to /proc/self/environ', async () => {
		const contentDir = contentWith();
		symlinkSync('/proc/self/environ', join(contentDir, 'cros', 'environ.mdx'));
		// Unit test files share their worker (vitest.config.ts), so the secret is taken out of the environment again.
		process.env.BIOBRIDGE_TEST_SECRET = 'do-not-print-7f3a';
		try {
			const result = await check({ contentDir, today });
			expect(result.diagnostics.map(({ code, file }) => ({ code, file }))).toEqual([
				{ code: 'unexpected-file', file: 'content/cros/environ.mdx' },
			]);
			const report = pretty(result, { color: false, strict: false, readSource: sourceReader(join(contentDir, '..')) });
			expect(report).toContain('is a symbolic link');
			expect(report).not.toContain('do-not-print-7f3a');
		} finally {
			delete process.env.BIOBRIDGE_TEST_SECRET;
		}
	});

	it('cannot publish a valid entry from outside the repository through a link', async () => {
		const outside = join(temporaryDir('outside-'), 'real.mdx');
		writeFileSync(outside, readFileSync(lab(contentWith()), 'utf8'));
		const contentDir = contentWith();
		symlinkSync(outside, join(contentDir, 'cros', 'outside.mdx'));
		expect(await where(contentDir)).toEqual([{ code: 'unexpected-file', file: 'content/cros/outside.mdx', line: 1 }]);
	});

	it('cannot link a whole collection folder', async () => {
		const contentDir = contentWith();
		const elsewhere = temporaryDir('zones-');
		symlinkSync(elsewhere, join(contentDir, 'extra'));
		expect(await where(contentDir)).toEqual([{ code: 'unexpected-file', file: 'content/extra', line: 1 }]);
	});
});

describe('a pull request that tries to write into the CI log', () => {
	it('prints control characters and direction overrides from content as visible symbols', async () => {
		const contentDir = labWith((text) => text.replace('memberOf: [pmda]', 'memberOf: ["pmda\\u001b[2K\\u001b[1A::add-mask::x\\u202e"]'));
		const result = await check({ contentDir, today });
		const report = pretty(result, { color: false, strict: false, readSource: sourceReader(join(contentDir, '..')) });
		expect(result.errors).toBeGreaterThan(0);
		expect(report.includes('\u001b') || report.includes('\u202e')).toBe(false);
		expect(report).toContain('\u241b');
	});
});

describe('a pull request that tries to slow or crash the checker', () => {
	// A bomb of 16 levels of 16 references expands to 16^16 values: a reader that expanded it
	// before refusing would exhaust memory, so the answer arriving at all shows it was refused
	// unread (how fast is the bench's business, never a test's).
	it('is refused unexpanded: a YAML alias bomb', async () => {
		const levels = Array.from(
			{ length: 16 },
			(_, level) => `l${level + 1}: &l${level + 1} [${Array.from({ length: 16 }, () => (level === 0 ? '"x"' : `*l${level}`)).join(', ')}]`,
		);
		const contentDir = labWith((text) => text.replace('memberOf: [pmda]', `memberOf: [pmda]\n${levels.join('\n')}`));
		expect(await where(contentDir)).toEqual([{ code: 'yaml-alias', file: 'content/cros/lab.mdx', line: 15 }]);
	});

	it.each([
		['2026-02-30', 'invalid-date'],
		['2026-13-45', 'invalid-date'],
	])('reports the impossible date %s instead of rolling it over', async (date, code) => {
		const contentDir = labWith((text) => text.replace('reviewed: 2026-06-01', `reviewed: ${date}`));
		const [found] = (await check({ contentDir, today })).diagnostics;
		expect({ code: found.code, line: found.line }).toEqual({ code, line: 4 });
		expect(found.message).toContain(date);
	});

	it('reports a byte that is not UTF-8 at its line, and nothing else', async () => {
		const contentDir = contentWith();
		appendFileSync(lab(contentDir), Buffer.from([0x0a, 0x0a, 0x4f, 0x6b, 0x20, 0xc3, 0x28, 0x0a]));
		// The file ends its line 17 with a line break; two more give lines 18 and 19, and "Ok" opens line 20.
		expect(await where(contentDir)).toEqual([{ code: 'invalid-encoding', file: 'content/cros/lab.mdx', line: 20 }]);
	});

	it('accepts a byte-order mark, as Astro does, without false errors anywhere', async () => {
		const contentDir = labWith((text) => `\uFEFF${text}`);
		expect(await where(contentDir)).toEqual([]);
	});

	it('reports a folder named like an entry and a dangling link instead of crashing', async () => {
		const contentDir = contentWith();
		mkdirSync(join(contentDir, 'cros', 'folder.mdx'));
		symlinkSync(join(contentDir, 'nowhere.mdx'), join(contentDir, 'cros', 'dangling.mdx'));
		expect(await where(contentDir)).toEqual([
			{ code: 'unexpected-file', file: 'content/cros/dangling.mdx', line: 1 },
			{ code: 'unexpected-file', file: 'content/cros/folder.mdx', line: 1 },
		]);
	});

	it('ignores a cache entry that is not the shape it writes', async () => {
		const contentDir = contentWith();
		const cacheFile = join(temporaryDir('cache-'), 'cache.json');
		writeFileSync(cacheFile, JSON.stringify({ version: 5, files: [['content/cros/lab.mdx', { key: 'x', result: null }], ['junk'], 7] }));
		expect((await check({ contentDir, today, cacheFile })).diagnostics).toEqual([]);
	});

	it('does not trust a file whose size and modification time were kept', async () => {
		const contentDir = contentWith();
		const cacheFile = join(temporaryDir('cache-'), 'cache.json');
		await check({ contentDir, today, cacheFile });
		const file = lab(contentDir);
		const { atime, mtime } = statSync(file);
		writeFileSync(file, readFileSync(file, 'utf8').replace('path: consultation', 'path: consultatio2'));
		utimesSync(file, atime, mtime);
		expect((await where(contentDir)).map((d) => d.code)).toEqual(['unknown-reference']);
		expect((await check({ contentDir, today, cacheFile })).diagnostics.map((d) => d.code)).toEqual(['unknown-reference']);
	});

	it('runs from another folder and finds the project’s content', async () => {
		const lines: string[] = [];
		const code = await runCli(['--no-cache'], {
			out: (text) => void lines.push(text),
			isTTY: false,
			cwd: temporaryDir('elsewhere-'),
			env: {},
		});
		// Warnings (a translation behind its original, a review more than a year old) may come and go; they never fail the run.
		expect(lines.join('\n')).toMatch(
			/^(Checked \d+ entries in \d+ files|Found 0 errors and \d+ warnings? in \d+ files? \(\d+ entries checked\)\.)/m,
		);
		expect(code).toBe(0);
	});
});

describe('content that is right is not reported', () => {
	it('accepts links to every route the site builds', async () => {
		const contentDir = addBody(
			'See [what is new](/whats-new/), [open data](/data/), [the CSV](/data/cros.csv), [the JSON](/data/paths.json), [a search](/search/?q=GLP), [the feed](/rss.xml) and [safety labs](/cros/service/nonclinical-safety/).',
		);
		expect(await where(contentDir)).toEqual([]);
	});

	it('reports a repeated glossary term once, where it is repeated, and keeps every other term', async () => {
		const contentDir = contentWith();
		const glossary = join(contentDir, 'glossary.yaml');
		const text = readFileSync(glossary, 'utf8');
		writeFileSync(glossary, `${text}ctn:\n  en: CTN again\n  ko: 임상시험계획 신고\n  ja: 治験計画届\n  definition: Repeated.\n`);
		const found = await where(contentDir);
		expect(found).toEqual([{ code: 'duplicate-id', file: 'content/glossary.yaml', line: text.split('\n').length }]);
	});

	it('tells an editor to remove an HTML comment, not to write the MDX comment the checker refuses', async () => {
		const [found] = (await check({ contentDir: addBody('<!-- a note for the reviewer -->'), today })).diagnostics;
		expect(found.code).toBe('mdx-syntax');
		expect(found.line).toBe(bodyLine);
		expect(`${found.message} ${found.hint}`).not.toContain('{/*');
	});

	it('reports an unclosed quote on the line where it opens', async () => {
		const contentDir = labWith((text) => text.replace('summary: A CRO.', 'summary: "A CRO.'));
		expect(await where(contentDir)).toEqual([{ code: 'frontmatter-syntax', file: 'content/cros/lab.mdx', line: 3 }]);
	});

	it('does not end the frontmatter at a line that merely ends in ---, as Astro does not', async () => {
		const contentDir = labWith((text) =>
			text.replace('summary: A CRO.', 'summary: A CRO ---').replace('memberOf: [pmda]', 'memberOf: [pmdaa]'),
		);
		expect(await where(contentDir)).toEqual([{ code: 'unknown-reference', file: 'content/cros/lab.mdx', line: 14 }]);
	});
});

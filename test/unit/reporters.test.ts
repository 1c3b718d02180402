import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.ts';
import { codeDocs, github, githubSummary } from '../../src/check/reporters/github.ts';
import { json } from '../../src/check/reporters/json.ts';
import { pretty } from '../../src/check/reporters/pretty.ts';
import { maxListed, toolbarReport } from '../../src/check/reporters/toolbar.ts';
import type { Diagnostic } from '../../src/check/diagnostic.ts';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentWith } from './fixtures.ts';

async function report(fixture: string, reporter = pretty) {
	const contentDir = contentWith(fixture);
	const result = await check({ contentDir, today: '2026-11-21' });
	return reporter(result, { color: false, strict: false, readSource: (file) => readFileSync(join(dirname(contentDir), file), 'utf8') });
}

describe('pretty reporter', () => {
	it('shows a misspelt path reference with a code frame, a suggestion and a count', async () => {
		expect(await report('unknown-reference')).toMatchInlineSnapshot(`
			"content/cros/lab.mdx
			  content/cros/lab.mdx:11:5 error \`supports[0].path\` names path \`consultaton\`, which does not exist. [unknown-reference]
			    10 | supports:
			  > 11 |   - path: consultaton
			       |     ^
			    12 |     steps: [pre-consultation]
			    Fix: Use the id of an entry in content/paths/. Did you mean \`consultation\`?

			Found 1 error and 0 warnings in 1 file (8 entries checked)."
		`);
	});

	it('names the whole cycle of prerequisites', async () => {
		expect(await report('prerequisite-cycle')).toContain('Paths require each other in a circle: approval → consultation → approval');
	});

	it('says that warnings alone do not fail the build', async () => {
		expect(await report('review-overdue')).toMatchInlineSnapshot(`
			"content/cros/lab.mdx
			  content/cros/lab.mdx:4:1 warning This entry was last reviewed on 2025-01-01, more than 12 months ago. [review-overdue]
			    3 | summary: A CRO.
			  > 4 | reviewed: 2025-01-01
			      | ^
			    5 | headquarters: { country: JP, city: Tokyo }
			    Fix: Check its facts against the sources and set \`reviewed\` to today.

			Found 0 errors and 1 warning in 1 file (8 entries checked). Warnings do not fail the build."
		`);
	});

	it('ends with a clear all-clear when there is nothing to report', async () => {
		expect(await report('base')).toBe('Checked 8 entries in 9 files: no problems found.');
	});
});

describe('github reporter', () => {
	it('writes one workflow command per problem, with file, line, column and the code as title', async () => {
		const lines = (await report('wrong-collection', github)).split('\n');
		expect(lines).toEqual([
			`::error file=content/benefits/base.mdx,line=8,col=20,title=wrong-collection::\`providedBy[1]\` names \`lab\`, which is a CRO, not an institution. Fix: Name an entry of content/institutions/ here. About wrong-collection: ${codeDocs('wrong-collection')}`,
		]);
		expect(codeDocs('wrong-collection', {})).toBe('docs/codes.md#wrong-collection');
		expect(codeDocs('wrong-collection', { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc' })).toBe(
			'https://github.com/o/r/blob/abc/docs/codes.md#wrong-collection',
		);
		for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^,:]+,line=\d+,col=\d+,title=[a-z-]+::[^\n]+$/);
	});

	it('escapes characters that would break the command syntax', async () => {
		const result = await check({ contentDir: contentWith('unknown-field'), today: '2026-11-21' });
		const odd = {
			...result,
			diagnostics: result.diagnostics.map((d) => ({ ...d, file: 'content/a,b:c.mdx', message: '100% sure\nnext line' })),
		};
		expect(github(odd, { color: false, strict: false, readSource: () => undefined })).toContain(
			'file=content/a%2Cb%3Ac.mdx,line=7,col=1,title=unknown-field::100%25 sure%0Anext line',
		);
	});

	it('summarises the problems as a Markdown table for the job summary', async () => {
		const summary = githubSummary(await check({ contentDir: contentWith('unknown-step'), today: '2026-11-21' }));
		expect(summary).toContain('| | Where | Code | Problem | Fix |');
		expect(summary).toContain('| error | <code>content&#47;cros&#47;lab&#46;mdx&#58;12&#58;13</code> | <code>unknown-step</code> |');
	});

	it('escapes every character Markdown or HTML could read in the job summary, so a message cannot link, load or format', async () => {
		const base = await check({ contentDir: contentWith('unknown-field'), today: '2026-11-21' });
		const hostile = {
			...base,
			diagnostics: [
				{
					code: 'unknown-field' as const,
					severity: 'error' as const,
					file: 'content/a.mdx',
					line: 1,
					column: 1,
					message:
						'See ![x](https://evil.example/p.png) <img src=x onerror=alert(1)> [click](https://evil.example) www.evil.example | `a|b`',
					hint: '**bold**\u001b[31m',
				},
			],
		};
		const row = githubSummary(hostile).split('\n').at(-2)!;
		expect(row).not.toMatch(/!\[|\]\(|<img|https:\/\/|www\.|\*\*/);
		expect(row.includes('\u001b')).toBe(false);
		expect(row.split(' | ')).toHaveLength(5);
		expect(row).toContain('<code>a&#124;b</code>');
	});
});

describe('json reporter', () => {
	it('gives counts and the diagnostics', async () => {
		const parsed = JSON.parse(await report('broken-anchor', json));
		expect(parsed).toMatchObject({ errors: 1, warnings: 0, entries: 8, diagnostics: [{ code: 'broken-anchor', line: 17, column: 19 }] });
	});
});

describe('toolbar report (npm run dev)', () => {
	const problem = (severity: 'error' | 'warning', file: string, line: number): Diagnostic => ({
		code: severity === 'error' ? 'unknown-reference' : 'review-overdue',
		severity,
		file,
		line,
		column: 1,
		message: `${severity} at ${line}`,
		hint: 'Fix it.',
	});

	it('lists errors before warnings, each by file and line, and only the fields the browser shows', () => {
		const diagnostics = [
			problem('warning', 'content/a.mdx', 1),
			problem('error', 'content/b.mdx', 9),
			problem('error', 'content/b.mdx', 2),
		];
		const report = toolbarReport({ errors: 2, warnings: 1, entries: 3, diagnostics }, '/project', new Date('2026-12-06T10:00:00Z'));
		expect(report.problems.map((p) => `${p.severity} ${p.file}:${p.line}`)).toEqual([
			'error content/b.mdx:2',
			'error content/b.mdx:9',
			'warning content/a.mdx:1',
		]);
		expect(Object.keys(report.problems[0]).sort()).toEqual(['code', 'column', 'file', 'hint', 'line', 'message', 'severity']);
		expect(report).toMatchObject({
			errors: 2,
			warnings: 1,
			entries: 3,
			root: '/project',
			checkedAt: '2026-12-06T10:00:00.000Z',
			unlisted: 0,
		});
	});

	it('counts what it does not list', () => {
		const diagnostics = Array.from({ length: maxListed + 7 }, (_, i) => problem('error', 'content/a.mdx', i + 1));
		const report = toolbarReport({ errors: diagnostics.length, warnings: 0, entries: 1, diagnostics }, '/project');
		expect(report.problems).toHaveLength(maxListed);
		expect(report.unlisted).toBe(7);
	});
});

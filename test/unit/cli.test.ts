import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/check/run-cli.ts';
import { contentWith, temporaryDir } from './fixtures.ts';

async function cli(args: string[], env: Record<string, string> = {}) {
	const lines: string[] = [];
	const contentDir = args.at(-1)!;
	const code = await runCli([...args.slice(0, -1), '--today', '2026-11-21', '--no-cache', contentDir], {
		out: (text) => void lines.push(text),
		isTTY: false,
		cwd: dirname(contentDir),
		env,
	});
	return { code, output: lines.join('\n') };
}

describe('npm run check', () => {
	it('exits 0 on valid content', async () => {
		expect((await cli([contentWith()])).code).toBe(0);
	});

	it('exits 1 on an error', async () => {
		const { code, output } = await cli([contentWith('unknown-step')]);
		expect(code).toBe(1);
		expect(output).toContain('content/cros/lab.mdx:12:13 error');
	});

	it('passes with a warning, and fails with it under --strict', async () => {
		expect((await cli([contentWith('review-overdue')])).code).toBe(0);
		expect((await cli(['--strict', contentWith('review-overdue')])).code).toBe(1);
	});

	it('prints no colour codes when the output is not a terminal', async () => {
		expect((await cli([contentWith('unknown-step')])).output).not.toContain('\u001b[');
	});

	it('writes GitHub annotations, and a job summary when GITHUB_STEP_SUMMARY is set', async () => {
		const summary = join(temporaryDir('summary-'), 'summary.md');
		writeFileSync(summary, '');
		const { output } = await cli(['--format', 'github', contentWith('broken-link')], { GITHUB_STEP_SUMMARY: summary });
		expect(output).toMatch(/^::error file=content\/cros\/lab\.mdx,line=17,col=19,title=broken-link::/);
		expect(readFileSync(summary, 'utf8')).toContain('<code>broken-link</code>');
	});

	it('refuses an unknown format with exit code 2', async () => {
		expect((await cli(['--format', 'xml', contentWith()])).code).toBe(2);
	});
});

/**
 * `npm run dev` shows what CI will say about content/: the checker runs beside the dev server,
 * prints its problems in the terminal and lists them in the dev toolbar's "Content check" app,
 * and checks again when a file is saved. A problem's words come from the content, so the app
 * shows them as text: markup in a value stays letters.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toolbarAppId } from '../../src/check/reporters/toolbar.ts';
import { copyProject } from '../../scripts/project-copy.ts';
import { browserAvailable, launch } from '../support/browser.ts';
import { contentWith, temporaryDir } from '../unit/fixtures.ts';

const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});

describe.skipIf(!browserAvailable)('the checker beside the dev server', () => {
	let dev: ChildProcess;
	let browser: Browser;
	let output = '';
	let base = '';
	let lab = '';
	let fixed = '';

	beforeAll(async () => {
		const dir = copyProject(temporaryDir('biobridge-dev-'));
		cpSync(contentWith(), join(dir, 'content'), { recursive: true });
		lab = join(dir, 'content', 'cros', 'lab.mdx');
		fixed = readFileSync(lab, 'utf8');
		// Two problems only the checker sees (a schema error would stop Astro's own content loading, after the checker's report).
		const broken = fixed
			.replace('title: Lab', 'title: Lab <img src=x onerror=alert(1)>')
			.replace('path: consultation', 'path: consultaton');
		expect(broken).not.toBe(fixed);
		writeFileSync(lab, broken);
		const port = await freePort();
		base = `http://127.0.0.1:${port}`;
		dev = spawn(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
			cwd: dir,
			// Not vitest's environment: a dev server that sees VITEST or NODE_ENV=test behaves as one under test.
			env: {
				...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))),
				NODE_ENV: 'development',
				NO_COLOR: '1',
				ASTRO_TELEMETRY_DISABLED: '1',
			},
		});
		dev.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
		dev.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
		await vi.waitFor(() => expect(output).toContain('[unknown-reference]'), { timeout: 120_000, interval: 250 });
		// The checker may finish before the server listens.
		await vi.waitFor(
			() =>
				fetch(`${base}/`).then(
					(response) => expect(response.ok).toBe(true),
					(error: unknown) => {
						throw new Error(`The dev server does not answer (${String(error)}). It printed:\n${output}`);
					},
				),
			{ timeout: 120_000, interval: 500 },
		);
		browser = await launch();
	});

	afterAll(async () => {
		await browser?.close();
		dev?.kill();
	});

	it('prints the problem in the terminal with its file, line and fix', () => {
		expect(output).toMatch(/content\/cros\/lab\.mdx:\d+:\d+ error/);
		expect(output).toContain('Fix:');
		expect(output).toContain('fail the build and the pull request');
	});

	it('lists it in the toolbar as text, and clears it when the file is saved fixed', async () => {
		const page = await browser.newPage();
		const said: string[] = [];
		page.on('console', (message) => void said.push(`${message.type()}: ${message.text()}`));
		page.on('pageerror', (error) => void said.push(`page error: ${error.message}`));
		await page.goto(`${base}/`);
		const button = page.locator(`astro-dev-toolbar button[data-app-id="${toolbarAppId}"]`);
		const window = page.locator(`astro-dev-toolbar-app-canvas[data-app-id="${toolbarAppId}"] astro-dev-toolbar-window`);
		// The app's heading, with the app opened first where it is closed: the dev server reloads the page when Vite has
		// optimised a dependency it met late, or when the content changes, and a loaded machine makes either happen late.
		// A toolbar that never came (its modules asked for while Vite was optimising them) is loaded again, now and then.
		let loaded = Date.now();
		const heading = async () => {
			if (!(await window.isVisible())) {
				if (await button.isVisible()) await button.click({ timeout: 5_000 });
				else if (Date.now() - loaded > 15_000) {
					loaded = Date.now();
					await page.reload();
				}
			}
			return window.locator('h1').textContent({ timeout: 5_000 });
		};
		// What the dev server printed goes with a failure: a toolbar that never shows its app says nothing of why.
		const expectHeading = async (text: string) => {
			try {
				await expect.poll(heading, { timeout: 90_000 }).toBe(text);
			} catch (error) {
				throw new Error(
					`${String(error)}\nThe dev server printed:\n${output.slice(-3000)}\nThe page's console:\n${said.slice(-20).join('\n')}`,
				);
			}
		};
		await expectHeading('Content check: 2 errors, 0 warnings');
		const problems = await window.locator('li').allTextContents();
		expect(problems).toHaveLength(2);
		for (const problem of problems) expect(problem).toMatch(/content\/cros\/lab\.mdx:\d+:\d+.*Fix: /);
		expect(problems.join('\n')).toContain('consultaton');
		expect(problems.join('\n')).toContain('(`<img`)');
		expect(await window.locator('img').count()).toBe(0);

		writeFileSync(lab, fixed);
		await expectHeading('Content check: no problems');
		await page.close();
	}, 240_000);
});

/**
 * The build's own defence, with the checker taken out of the configuration: a body can still
 * neither import a file, nor read one, nor reach the environment. Each case builds a copy of the
 * project whose content tries one route, with a secret in the environment, and expects the build
 * to stop before anything runs or is printed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy.ts';
import { contentWith, temporaryDir } from '../unit/fixtures.ts';

const secret = 'canary-3f9d1c7e';

/** A copy of the project with the small fixture content, `edit` applied to it, and a configuration without the checker. */
function hostileProject(edit: (contentDir: string) => void): string {
	const dir = copyProject(temporaryDir('biobridge-guard-'));
	cpSync(contentWith(), join(dir, 'content'), { recursive: true });
	edit(join(dir, 'content'));
	const config = readFileSync(join(dir, 'astro.config.mjs'), 'utf8');
	expect(config).toContain('checkerIntegration(),');
	writeFileSync(join(dir, 'astro.unchecked.config.mjs'), config.replace('checkerIntegration(),', ''));
	return dir;
}

function build(dir: string) {
	const result = spawnSync(
		process.execPath,
		[join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'astro.unchecked.config.mjs'],
		{ cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', BIOBRIDGE_CANARY: secret } },
	);
	const dist = join(dir, 'dist');
	const page = join(dist, 'cros', 'lab', 'index.html');
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, page: existsSync(page) ? readFileSync(page, 'utf8') : '' };
}

const addToLab = (contentDir: string, text: string) => {
	const file = join(contentDir, 'cros', 'lab.mdx');
	writeFileSync(file, `${readFileSync(file, 'utf8')}\n${text}\n`);
};

describe('without the checker, the build still runs no code from content', () => {
	it('does not import a module that a Markdown image names', () => {
		const marker = join(temporaryDir('marker-'), 'ran');
		const dir = hostileProject((contentDir) => {
			writeFileSync(
				join(contentDir, 'cros', '.chart.mjs'),
				`import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, process.env.BIOBRIDGE_CANARY ?? ''); console.log('PWNED', process.env.BIOBRIDGE_CANARY); export default { src: '/favicon.svg', width: 1, height: 1, format: 'svg' };`,
			);
			addToLab(contentDir, '![Chart](./.chart.mjs)');
		});
		const { status, output } = build(dir);
		expect(status).not.toBe(0);
		// The body check refuses the image before the module is compiled; the import guard would refuse the import after.
		expect(output).toMatch(/not a file in public\/images\/|tries to import/);
		expect(output).not.toContain(secret);
		expect(existsSync(marker)).toBe(false);
	});

	it.each([
		['?raw', '![Process](../../../../../../../../proc/self/environ?raw)'],
		['?url&inline', '![Process](../../../../../../../../proc/self/environ?url&inline)'],
		['an angle-bracket address', '![Process](<../../../../../../../../proc/self/environ?raw>)'],
	])('does not read a file through an image address with %s', (_, image) => {
		const { status, output } = build(hostileProject((contentDir) => addToLab(contentDir, image)));
		expect(status).not.toBe(0);
		expect(output).not.toContain(secret);
		expect(output).not.toContain(Buffer.from(`BIOBRIDGE_CANARY=${secret}`).toString('base64').slice(0, 24));
	});

	it('does not evaluate an expression that reads the environment', () => {
		const { status, output, page } = build(hostileProject((contentDir) => addToLab(contentDir, 'Key: {process.env.BIOBRIDGE_CANARY}')));
		expect(status).not.toBe(0);
		expect(output).toContain('JavaScript expression');
		expect(`${output}${page}`).not.toContain(secret);
	});
});

/** The `_headers` file hosts such as Netlify and Cloudflare Pages read: the same policy as the pages' own meta tag, one source. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/site-config.ts';
import { baseLocation, baseSiteDir, readPage, siteDir } from './site.ts';

/** The rules of a `_headers` file: each path with its headers. */
function readHeaders(dir: string): Map<string, Map<string, string>> {
	const rules = new Map<string, Map<string, string>>();
	let current: Map<string, string> | undefined;
	for (const line of readFileSync(join(dir, '_headers'), 'utf8').split('\n')) {
		if (line.trim() === '') continue;
		if (!line.startsWith(' ')) rules.set(line, (current = new Map()));
		else {
			const [name = '', ...value] = line.trim().split(': ');
			current?.set(name, value.join(': '));
		}
	}
	return rules;
}

describe('the _headers file', () => {
	const rules = readHeaders(siteDir);

	it('sends the pages’ own Content-Security-Policy, and forbids framing, which only a header can', () => {
		const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readPage('/'))![1]!;
		const header = parsePolicy(rules.get('/*')!.get('Content-Security-Policy')!);
		const { 'frame-ancestors': frameAncestors, ...rest } = header;
		expect(rest).toEqual(parsePolicy(meta));
		expect(frameAncestors).toEqual(["'none'"]);
		expect(rules.get('/*')!.get('X-Content-Type-Options')).toBe('nosniff');
		expect(rules.get('/*')!.get('Referrer-Policy')).toBeTruthy();
		expect(rules.get('/*')!.get('Permissions-Policy')).toBeTruthy();
	});

	it('keeps hashed files a year and checks pages on every visit, never both for one path', () => {
		const cache = [...rules].filter(([, headers]) => headers.has('Cache-Control'));
		expect(rules.get('/_astro/*')!.get('Cache-Control')).toContain('immutable');
		expect(rules.get('/pagefind/fragment/*')!.get('Cache-Control')).toContain('immutable');
		expect(rules.get('/paths/*')!.get('Cache-Control')).toContain('max-age=0');
		expect(rules.get('/pagefind/*.js')!.get('Cache-Control')).toContain('max-age=0');
		// Every file of the built site matches one cache rule at most.
		const patterns = cache.map(([path]) => new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`));
		for (const file of [
			'/_astro/Base.css',
			'/pagefind/pagefind.js',
			'/pagefind/fragment/en_1.pf_fragment',
			'/paths/x/',
			'/',
			'/404.html',
			'/ko/paths/x/',
		])
			expect(patterns.filter((pattern) => pattern.test(file)).length, file).toBe(1);
	});

	it('writes its paths under the base path of a project site', () => {
		const based = readHeaders(baseSiteDir);
		expect([...based.keys()].every((path) => path.startsWith(baseLocation.BIOBRIDGE_BASE_PATH))).toBe(true);
	});
});

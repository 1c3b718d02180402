/**
 * `npm run screenshots`: builds the site, serves it on a loopback port and saves screenshots
 * of a path page and the CRO directory with Debian's Chromium into docs/screenshots/, for the
 * README. Made by this script, never by hand, so they show what the build shows.
 *
 * `npm run screenshots -- --set pages --dist <built site> --out <folder>` shoots one page of
 * every kind instead, full length, so a refactoring can be compared before and after:
 * `npm run screenshots -- --compare <folder> <folder>` names every picture that differs.
 * `--locale ko` (or ja) shoots the same pages in that language.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { browserAvailable, launch } from '../test/support/browser.ts';
import { serve } from '../test/support/static-server.ts';

const root = join(import.meta.dirname, '..');

interface Shot {
	route: string;
	file: string;
	width: number;
	height: number;
	scrollTo?: string;
	fullPage?: boolean;
	/** Wait for this element before the picture (results drawn by a script). */
	waitFor?: string;
}

const readme: Shot[] = [
	{ route: '/paths/asrm-class-1/', file: 'path-page.png', width: 1280, height: 1800 },
	{ route: '/cros/?service=cell-processing', file: 'cro-directory.png', width: 1280, height: 1400 },
	{ route: '/paths/market-entry-mah/', file: 'path-steps-mobile.png', width: 390, height: 1600, scrollTo: '#steps-heading' },
];

/** One page of every kind, wide and narrow. */
const entryPages: Shot[] = [
	'/',
	'/paths/',
	'/paths/asrm-class-1/',
	'/paths/ctl-approval/',
	'/cros/',
	'/cros/cmic/',
	'/cros/service/cell-processing/',
	'/institutions/',
	'/institutions/pmda/',
	'/zones/chungbuk-regenerative-bio-zone/',
	'/benefits/',
	'/benefits/cmic-matching/',
	'/glossary/',
	'/whats-new/',
	'/data/',
	'/404.html',
	'/questions/',
	'/questions/can-we-file-in-english/',
].flatMap((route) => {
	const name = route === '/' ? 'home' : route.replace(/^\/|\/$/g, '').replace(/[/.]/g, '-');
	return [
		{ route, file: `${name}-wide.png`, width: 1280, height: 900, fullPage: true },
		{ route, file: `${name}-narrow.png`, width: 360, height: 800, fullPage: true },
	];
});

const pages: Shot[] = [
	...entryPages,
	{ route: '/search/?q=GLP', file: 'search-wide.png', width: 1280, height: 1400, waitFor: '.pf-result' },
	{ route: '/search/?q=GLP', file: 'search-narrow.png', width: 360, height: 1400, waitFor: '.pf-result' },
];

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		set: { type: 'string', default: 'readme' },
		dist: { type: 'string' },
		out: { type: 'string' },
		compare: { type: 'boolean', default: false },
		locale: { type: 'string', default: 'en' },
	},
});

if (values.compare) {
	const [before, after] = positionals.map((folder) => resolve(folder));
	const differ = readdirSync(before).filter(
		(file) => !existsSync(join(after, file)) || !readFileSync(join(before, file)).equals(readFileSync(join(after, file))),
	);
	console.log(differ.length === 0 ? `All ${readdirSync(before).length} screenshots are identical.` : `These differ:\n${differ.join('\n')}`);
	process.exit(differ.length === 0 ? 0 : 1);
}

if (!browserAvailable) {
	console.error('No Chromium at /usr/bin/chromium: apt-get install -y chromium');
	process.exit(1);
}
const dist = values.dist ? resolve(values.dist) : join(root, 'dist');
if (!values.dist)
	execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: 'inherit' });
const out = values.out ? resolve(values.out) : join(root, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const { url, server } = await serve(dist);
const browser = await launch();
try {
	for (const shot of values.set === 'pages' ? pages : readme) {
		const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
		const prefix = values.locale === 'en' ? '' : `/${values.locale}`;
		await page.goto(`${url}${prefix}${shot.route}`);
		if (shot.waitFor) await page.waitForSelector(shot.waitFor);
		if (shot.scrollTo) await page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView(), shot.scrollTo);
		await page.screenshot({ path: join(out, shot.file), fullPage: shot.fullPage ?? false });
		console.log(join(out, shot.file));
		await page.close();
	}
} finally {
	await browser.close();
	server.close();
}

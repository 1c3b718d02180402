/**
 * `npm run screenshots`: builds the site, serves it on a loopback port and saves screenshots with
 * Debian's Chromium into docs/screenshots/, for the README: the home page, a path, a plan and the
 * CRO directory, on a phone (390 px) and a desktop (1280 px), in the light and the dark scheme.
 * Made by this script, never by hand, so they show what the build shows; test/e2e/visual.test.ts
 * shoots them again and compares them with these (see `compareToCommitted`).
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
import sharp from 'sharp';
import { browserAvailable, launch } from '../test/support/browser.ts';
import { serve } from '../test/support/static-server.ts';

const root = join(import.meta.dirname, '..');
export const committedDir = join(root, 'docs', 'screenshots');

export interface Shot {
	route: string;
	file: string;
	width: number;
	height: number;
	scheme?: 'light' | 'dark';
	fullPage?: boolean;
	/** Wait for this element before the picture (results drawn by a script). */
	waitFor?: string;
}

/** The README's pictures: four pages, two widths, two schemes. */
export const readmeShots: Shot[] = [
	{ route: '/', name: 'home' },
	{ route: '/paths/asrm-class-1/', name: 'path' },
	{ route: '/finder/approval-cells-made-in-korea-from-korea/', name: 'plan' },
	{ route: '/cros/?service=cell-processing', name: 'directory' },
].flatMap(({ route, name }) =>
	([390, 1280] as const).flatMap((width) =>
		(['light', 'dark'] as const).map((scheme) => ({
			route,
			file: `${name}-${width}-${scheme}.png`,
			width,
			height: width === 390 ? 844 : 800,
			scheme,
		})),
	),
);

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

/** Shoots `shots` of the built site in `dist` into `out`, in `locale`'s pages. */
export async function shoot(dist: string, shots: readonly Shot[], out: string, locale = 'en'): Promise<string[]> {
	mkdirSync(out, { recursive: true });
	const { url, server } = await serve(dist);
	const browser = await launch();
	const written: string[] = [];
	try {
		for (const shot of shots) {
			const context = await browser.newContext({
				viewport: { width: shot.width, height: shot.height },
				colorScheme: shot.scheme ?? 'light',
			});
			const page = await context.newPage();
			const prefix = locale === 'en' ? '' : `/${locale}`;
			await page.goto(`${url}${prefix}${shot.route}`);
			if (shot.waitFor) await page.waitForSelector(shot.waitFor);
			// A page whose script changes it (the directory's filter from the address) is shot once the script has run.
			await page.waitForLoadState('load');
			await page.evaluate(() => document.fonts.ready);
			const file = join(out, shot.file);
			await page.screenshot({ path: file, fullPage: shot.fullPage ?? false, animations: 'disabled', caret: 'hide' });
			written.push(file);
			await context.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
	return written;
}

/** A picture's pixels, four bytes each (RGBA). */
async function pixels(file: string): Promise<{ data: Buffer; width: number; height: number }> {
	const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return { data, width: info.width, height: info.height };
}

/** The value of one channel of one pixel (byte `at` of the RGBA data). */
function channel(data: Buffer, at: number): number {
	return data[at] ?? 0;
}

/** What a picture is made of, read from its pixels: its size, its mean lightness (0–1), and how tall the masthead's band of colour at its top is. */
export async function pictureFacts(file: string): Promise<{ width: number; height: number; lightness: number; mastheadHeight: number }> {
	const { data, width, height } = await pixels(file);
	let sum = 0;
	for (let at = 0; at < data.length; at += 4)
		sum += (0.2126 * channel(data, at) + 0.7152 * channel(data, at + 1) + 0.0722 * channel(data, at + 2)) / 255;
	// The masthead's colour at the top left corner, followed down the left edge until the page's colour starts.
	const same = (row: number) => [0, 1, 2].every((colour) => Math.abs(channel(data, row * width * 4 + colour) - channel(data, colour)) <= 8);
	let mastheadHeight = 0;
	while (mastheadHeight < height && same(mastheadHeight)) mastheadHeight++;
	return { width, height, lightness: sum / (width * height), mastheadHeight };
}

/**
 * How much of a picture's top `rows` differs from the committed picture of the same name: the
 * share of pixels whose colour differs by more than `tolerance` (of 255) in any channel. Only the
 * top is compared (the site's masthead, menu and search, drawn from the interface's words and the
 * tokens): below it is content, which editors change every week, so the rest of a picture is
 * checked by what it is made of (pictureFacts), not pixel by pixel.
 */
export async function differenceFromCommitted(file: string, committed: string, rows: number, tolerance = 24): Promise<number> {
	const [now, before] = await Promise.all([pixels(file), pixels(committed)]);
	if (now.width !== before.width) return 1;
	const compared = Math.min(rows, now.height, before.height);
	let differing = 0;
	for (let at = 0; at < compared * now.width * 4; at += 4) {
		if ([0, 1, 2].some((colour) => Math.abs(channel(now.data, at + colour) - channel(before.data, at + colour)) > tolerance)) differing++;
	}
	return differing / (compared * now.width);
}

async function main() {
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
		const [before = '', after = ''] = positionals.map((folder) => resolve(folder));
		const differ = readdirSync(before).filter(
			(file) => !existsSync(join(after, file)) || !readFileSync(join(before, file)).equals(readFileSync(join(after, file))),
		);
		console.log(
			differ.length === 0 ? `All ${readdirSync(before).length} screenshots are identical.` : `These differ:\n${differ.join('\n')}`,
		);
		process.exit(differ.length === 0 ? 0 : 1);
	}

	if (!browserAvailable) {
		console.error('No Chromium at /usr/bin/chromium: apt-get install -y chromium');
		process.exit(1);
	}
	const dist = values.dist ? resolve(values.dist) : join(root, 'dist');
	if (!values.dist)
		execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: 'inherit' });
	const out = values.out ? resolve(values.out) : committedDir;
	for (const file of await shoot(dist, values.set === 'pages' ? pages : readmeShots, out, values.locale)) console.log(file);
}

if (import.meta.main) await main();

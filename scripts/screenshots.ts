/**
 * `npm run screenshots`: builds the site, serves it on a loopback port and saves screenshots
 * of a path page and the CRO directory with Debian's Chromium into docs/screenshots/, for the
 * README. Made by this script, never by hand, so they show what the build shows.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserAvailable, launch } from '../test/support/browser.ts';
import { serve } from '../test/support/static-server.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'docs', 'screenshots');
const shots = [
	{ route: '/paths/asrm-class-1/', file: 'path-page.png', width: 1280, height: 1800, scrollTo: undefined },
	{ route: '/cros/?service=cell-processing', file: 'cro-directory.png', width: 1280, height: 1400, scrollTo: undefined },
	{ route: '/paths/market-entry-mah/', file: 'path-steps-mobile.png', width: 390, height: 1600, scrollTo: '#steps-heading' },
];

if (!browserAvailable) {
	console.error('No Chromium at /usr/bin/chromium: apt-get install -y chromium');
	process.exit(1);
}
execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: 'inherit' });
mkdirSync(out, { recursive: true });
const { url, server } = await serve(join(root, 'dist'));
const browser = await launch();
try {
	for (const shot of shots) {
		const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
		await page.goto(`${url}${shot.route}`);
		if (shot.scrollTo) await page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView(), shot.scrollTo);
		await page.screenshot({ path: join(out, shot.file) });
		console.log(`docs/screenshots/${shot.file}`);
		await page.close();
	}
} finally {
	await browser.close();
	server.close();
}

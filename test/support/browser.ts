/**
 * Debian's Chromium driven by playwright-core (its own browser downloads cannot work here).
 * Under CI a missing browser is a failure; locally the browser tests are skipped with a reason.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const browserAvailable = existsSync(chromiumPath);

if (!browserAvailable && process.env.CI) {
	throw new Error(
		`Chromium is not installed at ${chromiumPath}, and CI requires the browser tests. Install it with: apt-get install -y chromium`,
	);
}
if (!browserAvailable) console.warn(`Skipping browser tests: no Chromium at ${chromiumPath} (apt-get install -y chromium).`);

export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
}

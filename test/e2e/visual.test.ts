/**
 * The README's pictures, shot again from the built site by `npm run screenshots`' own code, and
 * compared with the ones in docs/screenshots/: the home page, a path, a plan and the CRO
 * directory, at 390 and 1280 px, light and dark. The masthead band (the header: the site's words
 * and colours) must match the committed picture pixel for pixel within a tolerance; below it is
 * content, which editors change every week, so the rest is compared by what it is made of: the
 * picture's size, its scheme (lightness) and the band's height. docs/decisions.md says why.
 * After a change to the header or the colours, `npm run screenshots` makes the new pictures.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { committedDir, differenceFromCommitted, pictureFacts, readmeShots, shoot } from '../../scripts/screenshots.ts';
import { root, siteDir } from '../build/site.ts';
import { browserAvailable } from '../support/browser.ts';

const shotDir = join(root, 'test', '.tmp', 'screenshots');

describe.skipIf(!browserAvailable)('the README pictures, shot again', () => {
	beforeAll(async () => {
		await shoot(siteDir, readmeShots, shotDir);
	}, 300_000);

	it.each(readmeShots.map((shot) => [shot.file, shot] as const))('%s matches the committed picture', async (file, shot) => {
		const now = await pictureFacts(join(shotDir, file));
		const committed = await pictureFacts(join(committedDir, file));
		expect({ width: now.width, height: now.height }).toEqual({ width: shot.width, height: shot.height });
		// The scheme shows in the whole picture: a light page is mostly light, a dark one mostly dark.
		if (shot.scheme === 'dark') expect(now.lightness).toBeLessThan(0.3);
		else expect(now.lightness).toBeGreaterThan(0.6);
		// The header: one band of the masthead's colour, at most 160 px on a phone, as tall as in the committed picture…
		expect(now.mastheadHeight).toBeGreaterThan(40);
		if (shot.width === 390) expect(now.mastheadHeight).toBeLessThanOrEqual(160);
		expect(now.mastheadHeight).toBe(committed.mastheadHeight);
		// …and drawn the same: under half a percent of its pixels differ by more than 24 of 255 in a colour.
		expect(await differenceFromCommitted(join(shotDir, file), join(committedDir, file), now.mastheadHeight)).toBeLessThan(0.005);
	});
});

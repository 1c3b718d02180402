/** A founder in the route finder, in Chromium: from the home page to a printable plan, without JavaScript and by keyboard alone. */
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAnchor } from '../../src/graph/finder-routes.ts';
import { routeIn, siteDir } from '../build/site.ts';
import { browserAvailable, launch } from '../support/browser.ts';
import { serve } from '../support/static-server.ts';

/** An autologous CAR-T, to treat patients in Japan, made by a contractor in Japan, not a zone company. */
const carT = ['self-paid-treatment', 'ex-vivo-gene-modified', 'japan-company-facility', 'not-in-zone'];
const carTPlan = '/finder/asrm-class-1-gene-modified-cells-made-in-japan/';

describe.skipIf(!browserAvailable)('the route finder in Chromium', () => {
	let browser: Browser;
	let server: Server;
	let base: string;
	let noScript: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		({ url: base, server } = await serve(siteDir));
		browser = await launch();
		noScript = await browser.newContext({ javaScriptEnabled: false });
		page = await noScript.newPage();
	});

	afterAll(async () => {
		await browser?.close();
		server?.close();
	});

	it.each(['en', 'ko', 'ja'] as const)(
		'takes a CAR-T founder from the %s home page to a plan with Class I, a timeline and CROs, in four clicks without JavaScript',
		async (locale) => {
			await page.goto(`${base}${routeIn(locale, '/')}`);
			for (const answer of carT) await page.click(`#${answerAnchor(answer)}`);
			// A click only starts the navigation: the plan is read once it has loaded.
			await page.waitForURL((address) => address.pathname === routeIn(locale, carTPlan));
			const url = new URL(page.url());
			expect(url.pathname).toBe(routeIn(locale, carTPlan));
			expect(await page.locator(`main a[href="${routeIn(locale, '/paths/asrm-class-1/')}"]`).count()).toBeGreaterThan(0);
			expect(await page.locator('figure.timeline svg').first().isVisible()).toBe(true);
			expect(await page.locator('#section-plan-cros + p + ul a[href^="' + routeIn(locale, '/cros/') + '"]').count()).toBeGreaterThan(0);
			// The way back names the answers given.
			expect(await page.locator('.finder-route:target .back-link').isVisible()).toBe(true);
		},
	);

	it('goes back to the last question with the answer given marked', async () => {
		await page.goto(`${base}${carTPlan}#from-${carT.join('--')}`);
		await page.click('.finder-route:target .back-link');
		await page.waitForURL((address) => address.pathname === `/finder/answers/${carT.slice(0, -1).join('/')}/`);
		const url = new URL(page.url());
		expect(url.pathname).toBe(`/finder/answers/${carT.slice(0, -1).join('/')}/`);
		expect(url.hash).toBe(`#${answerAnchor(carT.at(-1)!)}`);
		expect(await page.locator(`#${answerAnchor(carT.at(-1)!)} .answer-given`).isVisible()).toBe(true);
		// From a plan opened without a route, the page offers to start again instead.
		await page.goto(`${base}${carTPlan}`);
		expect(await page.locator('.finder-route-default a').isVisible()).toBe(true);
		expect(await page.locator('.finder-route .back-link').first().isVisible()).toBe(false);
	});

	it('can be answered with the keyboard alone', async () => {
		const keyboard = await browser.newPage();
		await keyboard.goto(`${base}/finder/`);
		for (const answer of carT) {
			let focused = '';
			for (let presses = 0; presses < 60 && focused !== answerAnchor(answer); presses++) {
				await keyboard.keyboard.press('Tab');
				focused = await keyboard.evaluate(() => document.activeElement?.id ?? '');
			}
			expect(focused).toBe(answerAnchor(answer));
			const before = keyboard.url();
			await keyboard.keyboard.press('Enter');
			await keyboard.waitForURL((url) => url.href !== before);
		}
		expect(new URL(keyboard.url()).pathname).toBe(carTPlan);
		await keyboard.close();
	});

	it('prints the plan on A4 with its checklist, without navigation', async () => {
		// A4 is 210 mm wide: 794 CSS pixels.
		const printed = await browser.newPage({ viewport: { width: 794, height: 1123 } });
		await printed.goto(`${base}${carTPlan}`);
		await printed.emulateMedia({ media: 'print' });
		expect(await printed.locator('.site-nav').isVisible()).toBe(false);
		expect(await printed.locator('.checklist').isVisible()).toBe(true);
		expect(await printed.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(794);
		const boxes = await printed.evaluate(() =>
			[...document.querySelectorAll('.checklist ul > li')].map((item) => getComputedStyle(item, '::before').content),
		);
		expect(boxes.length).toBeGreaterThan(3);
		expect(new Set(boxes)).toEqual(new Set(['"☐ "']));
		const pdf = await printed.pdf({ format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(1000);
		await printed.close();
	});
});
